package dev.lull.console;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.gate.GateView;
import dev.lull.gate.Gates;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterView;
import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;
import dev.lull.inventory.HostView;
import dev.lull.load.HeatmapSvg;
import dev.lull.load.LoadChart;
import dev.lull.load.LoadChartSvg;
import dev.lull.platform.Roles;
import dev.lull.proposal.Backtest;
import dev.lull.proposal.CandidateView;
import dev.lull.proposal.ProposalDesk;
import dev.lull.proposal.ProposalQuery;
import dev.lull.proposal.ProposalView;
import dev.lull.schedule.BookingCheck;
import dev.lull.servicelevel.ServiceLevelReports;

/**
 * Hosts: the recent load against its expected band, the load heatmap, the next proposals with why, how sure and what
 * they cost the downtime budget, trust in them, availability against the service level, the gate now.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class HostPage {
    static final Duration LENGTH = Duration.ofHours(2);
    private final HostCatalog hosts;
    private final ClusterCatalog clusters;
    private final ProposalDesk proposals;
    private final BookingCheck booking;
    private final ExpectedLoad load;
    private final Gates gates;
    private final RecentLoad recent;
    private final ServiceLevelReports levels;
    private final Viewer viewer;
    private final Clock clock;

    HostPage(HostCatalog hosts, ClusterCatalog clusters, ProposalDesk proposals, BookingCheck booking,
            ExpectedLoad load, Gates gates, RecentLoad recent, ServiceLevelReports levels, Viewer viewer,
            Clock clock) {
        this.clock = clock;
        this.recent = recent;
        this.levels = levels;
        this.hosts = hosts;
        this.clusters = clusters;
        this.proposals = proposals;
        this.booking = booking;
        this.load = load;
        this.gates = gates;
        this.viewer = viewer;
    }

    /** A proposed window as the page shows it, with what it costs the downtime budgets and the link that books it. */
    public record Proposed(CandidateView candidate, String start, String end, String local, List<String> budget,
            String book) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hosts(List<HostView> hosts, List<ClusterView> clusters);

        static native TemplateInstance host(HostView host, String heatmap, LoadChart chart, String chartSvg,
                List<Proposed> proposals, Budget budget, String nextCost, GateView gate, String gateNext);

        static native TemplateInstance trust(String text);
    }

    @GET
    @Path("hosts")
    public TemplateInstance list() {
        return Templates.hosts(hosts.list(null, null, 0, 500).items(), clusters.list(0, 500).items());
    }

    @GET
    @Path("hosts/{name}")
    public TemplateInstance host(@RestPath String name) {
        Host host = HostCatalog.require(name);
        ProposalQuery query = ProposalQuery.of(LENGTH, null, null, Duration.ofMinutes(15), 5,
                clock.instant(), booking.notice().planned());
        ProposalView view = proposals.view(host, query);
        List<Proposed> proposed = view.candidates().stream().map(c -> new Proposed(c, viewer.at(c.start()),
                viewer.at(c.end()), Viewer.at(c.start(), host.zone()), Budget.impacts(c.budgetImpact()),
                "/changes/new?hosts=" + host.name
                        + "&start=" + c.start() + "&end=" + c.end()))
                .toList();
        GateView gate = gates.host(name);
        LoadChart chart = recent.chart("host " + host.name, List.of(host), host.zone(), null, viewer);
        return Templates.host(hosts.get(name).body(), HeatmapSvg.render(load.profile(host)), chart,
                LoadChartSvg.render(chart, "load"), proposed, Budget.of(levels.ofHost(name, null, null)),
                proposed.isEmpty()
                        ? null
                        : "The next proposed window (" + proposed.get(0).start() + ") would cost: "
                                + String.join("; ", proposed.get(0).budget()) + ".",
                gate,
                next(gate, viewer));
    }

    @GET
    @Path("hosts/{name}/trust")
    public TemplateInstance trust(@RestPath String name) {
        Backtest backtest = proposals.backtest(HostCatalog.require(name), LENGTH, ExpectedLoad.WEEKS);
        String text = backtest.weeks().isEmpty()
                ? "Not enough history yet to say how good the picks would have been."
                : String.format(Locale.ROOT, "Over the last %d weeks with full data, our pick of a %d-hour window "
                        + "was within %.1f %% of the best in hindsight (median; 0 %% means the best itself).",
                        backtest.weeks().size(), LENGTH.toHours(), backtest.medianRegret() * 100);
        return Templates.trust(text);
    }

    static String next(GateView gate, Viewer viewer) {
        return gate.nextTransition() == null ? "no change planned" : viewer.at(gate.nextTransition());
    }
}
