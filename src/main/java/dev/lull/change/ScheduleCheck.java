package dev.lull.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import dev.lull.platform.ApiNumbers;
import dev.lull.platform.ApiProblem;
import dev.lull.schedule.BlackoutOccurrence;
import dev.lull.schedule.BlackoutTimeline;
import dev.lull.schedule.BudgetImpact;
import dev.lull.schedule.DowntimeBudget;
import dev.lull.schedule.Interval;

/** Checks a change's window against the schedule, one booking at a time, and refuses it with its conflicts. */
@ApplicationScoped
public class ScheduleCheck {
    private static final long BOOKING_LOCK = 0x4c756c6c;
    private final BlackoutTimeline blackouts;
    private final ChangeConfig config;
    private final EntityManager entityManager;
    private final Instance<DowntimeBudget> budgets;

    ScheduleCheck(BlackoutTimeline blackouts, ChangeConfig config, EntityManager entityManager,
            Instance<DowntimeBudget> budgets) {
        this.blackouts = blackouts;
        this.config = config;
        this.entityManager = entityManager;
        this.budgets = budgets;
    }

    /** Throws a 409 problem listing the {@code conflicts} unless the change's window is free. */
    void requireFree(ChangeRequest change, Instant now) {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) booking")
                .setParameter(1, BOOKING_LOCK).getSingleResult();
        List<Conflict> conflicts = conflicts(change, now,
                change.type == ChangeType.EMERGENCY ? List.of() : budgetImpact(change));
        if (!conflicts.isEmpty()) {
            throw ApiProblem.conflict("the window of change " + change.id + " has " + conflicts.size()
                    + " conflict(s): " + conflicts.get(0).message()).with("conflicts", conflicts);
        }
    }

    /**
     * Every conflict of the change's window now, as booking it would find them, without booking it; {@code impact}
     * is what the window costs the downtime budgets (EMERGENCY changes are not asked).
     */
    List<Conflict> conflicts(ChangeRequest change, Instant now, List<BudgetImpact> impact) {
        List<Conflict> conflicts = new ArrayList<>(
                ConflictCheck.find(change.planned(), snapshot(change), now, config.notice()));
        if (change.type != ChangeType.EMERGENCY) {
            impact.stream().filter(BudgetImpact::wouldBreachTarget).map(ScheduleCheck::overBudget)
                    .forEach(conflicts::add);
        }
        return conflicts;
    }

    /** What the change's window costs each downtime budget of its hosts and their clusters. */
    List<BudgetImpact> budgetImpact(ChangeRequest change) {
        return budgets.stream().flatMap(budget -> budget.impactOf(change.hosts, change.window()).stream()).toList();
    }

    private static Conflict overBudget(BudgetImpact impact) {
        return new Conflict(ConflictKind.DOWNTIME_BUDGET, String.format(Locale.ROOT,
                "%s %s would reach %.3f%% availability over %s, below its target of %.3f%%",
                impact.scope().toLowerCase(Locale.ROOT),
                impact.name(), impact.projectedAvailability() * 100,
                ConflictCheck.span(new Interval(impact.period().from(), impact.period().to())),
                impact.availabilityTarget() * 100),
                Conflict.details(impact.scope().toLowerCase(Locale.ROOT), impact.name(), "availabilityTarget",
                        ApiNumbers.availability(impact.availabilityTarget()), "projectedAvailability",
                        ApiNumbers.availability(impact.projectedAvailability()), "downtimeAdded",
                        impact.downtimeAdded(), "budgetRemainingAfter", impact.budgetRemainingAfter(),
                        "budgetOverrunAfter", impact.budgetOverrunAfter(), "period", impact.period()));
    }

    private ScheduleSnapshot snapshot(ChangeRequest change) {
        List<ClusterLimit> clusters = clusters(change);
        Set<String> relevant = new HashSet<>(change.hosts);
        clusters.forEach(cluster -> relevant.addAll(cluster.hosts()));
        return new ScheduleSnapshot(blackoutsOf(change), booked(change, relevant), clusters);
    }

    private List<Blackout> blackoutsOf(ChangeRequest change) {
        Map<List<Object>, Set<String>> hostsByOccurrence = new LinkedHashMap<>();
        Map<List<Object>, BlackoutOccurrence> occurrences = new LinkedHashMap<>();
        blackouts.forHosts(change.hosts, change.window()).forEach((host, found) -> found.forEach(occurrence -> {
            List<Object> key = List.of(occurrence.blackoutId(), occurrence.window());
            occurrences.putIfAbsent(key, occurrence);
            hostsByOccurrence.computeIfAbsent(key, k -> new HashSet<>()).add(host);
        }));
        return occurrences.entrySet().stream()
                .map(entry -> new Blackout(entry.getValue().name(), hostsByOccurrence.get(entry.getKey()),
                        entry.getValue().window()))
                .toList();
    }

    /**
     * The other booked changes overlapping the window that take down one of {@code hosts}: the change's own hosts
     * and the members of their clusters; no other booking can conflict or count against a cluster's minimum.
     */
    private static List<BookedChange> booked(ChangeRequest change, Set<String> hosts) {
        Interval window = change.window();
        List<ChangeRequest> others = ChangeRequest.list("select distinct c from ChangeRequest c join fetch c.hosts "
                + "where c.status in ?1 and c.windowStart < ?2 and c.windowEnd > ?3 and c.id <> ?4 and c.id in "
                + "(select o.id from ChangeRequest o join o.hosts h where h in ?5)",
                List.of(ChangeStatus.SCHEDULED, ChangeStatus.IMPLEMENT), window.end(), window.start(), change.id,
                hosts);
        return others.stream()
                .map(other -> new BookedChange(other.id, other.status, other.hosts, other.window()))
                .toList();
    }

    /** The clusters of the change's hosts with all their members, read in one query. */
    private List<ClusterLimit> clusters(ChangeRequest change) {
        List<Object[]> rows = entityManager.createQuery("select c.name, c.minAvailable, h.name from Host h "
                + "join h.cluster c where c in (select m.cluster from Host m where m.name in ?1) order by c.name",
                Object[].class).setParameter(1, change.hosts).getResultList();
        Map<String, Integer> minimums = new LinkedHashMap<>();
        Map<String, Set<String>> members = new HashMap<>();
        for (Object[] row : rows) {
            String cluster = (String) row[0];
            minimums.put(cluster, (Integer) row[1]);
            members.computeIfAbsent(cluster, key -> new HashSet<>()).add((String) row[2]);
        }
        return minimums.entrySet().stream()
                .map(entry -> new ClusterLimit(entry.getKey(), entry.getValue(), members.get(entry.getKey())))
                .toList();
    }
}
