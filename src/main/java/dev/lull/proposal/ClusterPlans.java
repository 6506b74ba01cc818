package dev.lull.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.inventory.Cluster;
import dev.lull.inventory.Host;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.PeriodView;
import dev.lull.schedule.BookingCheck;
import dev.lull.schedule.Interval;

/**
 * Plans one window per host so that no cluster ever has fewer than minAvailable hosts up, every window passing the
 * booking rules on its own and the plan's constraints (dates, local times, windows per night) as a whole.
 */
@ApplicationScoped
@Transactional
public class ClusterPlans {
    private final ProposalDesk desk;
    private final BookingCheck booking;
    private final ClusterPlanner planner = new ClusterPlanner();

    ClusterPlans(ProposalDesk desk, BookingCheck booking) {
        this.desk = desk;
        this.booking = booking;
    }

    /** The plan for the request, or a 400 naming a bad field, or a 409 naming the constraint that blocks it. */
    public PlanView plan(PlanRequest request) {
        return plan(request, ProposalQuery.of(request.duration(), request.from(), request.to(),
                request.step() == null ? ProposalQuery.STANDARD_STEP : request.step(), 1, desk.now(),
                booking.notice().planned()).allowingBudgetBreach(request.budgetBreachAllowed())
                .avoidingHolidays(request.holidaysAvoided()));
    }

    private PlanView plan(PlanRequest request, ProposalQuery query) {
        PlanConstraints constraints = PlanConstraints.of(request);
        List<Host> hosts = hosts(request);
        List<PlanView.PlannedWindow> windows = new ArrayList<>();
        Nights nights = new Nights(constraints.maxPerNight());
        double total = 0;
        long version = desk.timelineVersion();
        Map<Cluster, List<Host>> byCluster = hosts.stream().filter(h -> h.cluster != null)
                .collect(Collectors.groupingBy(h -> h.cluster));
        for (var entry : byCluster.entrySet()) {
            Cluster cluster = entry.getKey();
            List<Host> members = Host.list("cluster", cluster);
            List<HostOptions> options = entry.getValue().stream()
                    .map(h -> desk.options(h, query, version, constraints)).toList();
            Set<String> planned = entry.getValue().stream().map(h -> h.name).collect(Collectors.toSet());
            Map<String, List<Interval>> othersDown = members.stream().filter(m -> !planned.contains(m.name))
                    .collect(Collectors.toMap(m -> m.name, m -> desk.downtime(m, query, version)));
            ClusterPlan plan = planner.plan(cluster.name, members.size(), cluster.minAvailable, options, othersDown,
                    nights);
            if (!plan.feasible()) {
                throw ApiProblem.conflict(plan.blockedBy()).with("cluster", cluster.name);
            }
            total += plan.totalExpectedMessages();
            options.forEach(o -> windows.add(planned(entry.getValue(), o, plan.chosen().get(o.host()))));
        }
        for (Host host : hosts.stream().filter(h -> h.cluster == null).toList()) {
            HostOptions options = desk.options(host, query, version, constraints);
            Candidate best = options.candidates().stream().filter(nights::hasRoom).findFirst()
                    .orElseThrow(() -> ApiProblem.conflict("host " + host.name
                            + " has no window that passes the booking rules and the plan's constraints"));
            nights.take(best);
            total += best.expectedMessages() == null ? 0 : best.expectedMessages();
            windows.add(planned(List.of(host), options, best));
        }
        windows.sort(Comparator.comparing(PlanView.PlannedWindow::start).thenComparing(PlanView.PlannedWindow::host));
        return new PlanView(request.cluster(), query.duration(), new PeriodView(query.from(), query.to()), total,
                windows);
    }

    private static List<Host> hosts(PlanRequest request) {
        boolean byCluster = request.cluster() != null;
        boolean byHosts = request.hosts() != null && !request.hosts().isEmpty();
        if (byCluster == byHosts) {
            throw ApiProblem.invalid("cluster", "give either a cluster or a non-empty list of hosts");
        }
        if (byCluster) {
            Cluster cluster = Cluster.findByName(request.cluster())
                    .orElseThrow(() -> ApiProblem.unprocessable("cluster '" + request.cluster() + "' does not exist"));
            return Host.list("cluster = ?1 order by name", cluster);
        }
        return request.hosts().stream().distinct().map(name -> Host.findByName(name)
                .orElseThrow(() -> ApiProblem.unprocessable("host '" + name + "' does not exist"))).toList();
    }

    private static PlanView.PlannedWindow planned(List<Host> hosts, HostOptions options, Candidate chosen) {
        Host host = hosts.stream().filter(h -> h.name.equals(options.host())).findFirst().orElseThrow();
        return PlanView.PlannedWindow.of(host.name, host.timeZone,
                CandidateView.of(chosen, options.impactOf(chosen)));
    }
}
