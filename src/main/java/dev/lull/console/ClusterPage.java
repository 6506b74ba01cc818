package dev.lull.console;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

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
import dev.lull.load.LoadChart;
import dev.lull.load.LoadChartSvg;
import dev.lull.people.ApprovalRoleView;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.Roles;
import dev.lull.servicelevel.AvailabilityView;
import dev.lull.servicelevel.CapacityAdvisor;
import dev.lull.servicelevel.CapacityView;
import dev.lull.servicelevel.HostDown;
import dev.lull.servicelevel.ServiceLevelConfig;
import dev.lull.servicelevel.ServiceLevelReports;

/**
 * A cluster: its hosts with their budgets, the recent load of them all, availability against the cluster's service
 * level, capacity with each host down, the gate now, and the form that asks for a rolling plan.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class ClusterPage {
    private final ClusterCatalog clusters;
    private final HostCatalog hosts;
    private final Gates gates;
    private final RecentLoad recent;
    private final ServiceLevelReports levels;
    private final CapacityAdvisor capacity;
    private final ServiceLevelConfig config;
    private final RoleDirectory roles;
    private final Viewer viewer;

    ClusterPage(ClusterCatalog clusters, HostCatalog hosts, Gates gates, RecentLoad recent,
            ServiceLevelReports levels, CapacityAdvisor capacity, ServiceLevelConfig config, RoleDirectory roles,
            Viewer viewer) {
        this.clusters = clusters;
        this.hosts = hosts;
        this.gates = gates;
        this.recent = recent;
        this.levels = levels;
        this.capacity = capacity;
        this.config = config;
        this.roles = roles;
        this.viewer = viewer;
    }

    /** A member host with its own budget. */
    public record Member(HostView host, Budget budget) {
    }

    /** The capacity advice with each host down in turn. */
    public record Capacity(CapacityView advice, List<HostDown> hostsDown) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cluster(ClusterView cluster, List<Member> members, GateView gate,
                String gateNext, LoadChart chart, String chartSvg, Budget budget, Capacity capacity,
                PlanDraft draft, List<ApprovalRoleView> roles, String zone, Map<String, String> errors);
    }

    @GET
    @Path("clusters/{name}")
    public TemplateInstance cluster(@RestPath String name) {
        ClusterView cluster = clusters.get(name).body();
        List<Member> members = cluster.hosts().stream()
                .map(h -> new Member(hosts.get(h).body(), Budget.of(levels.ofHost(h, null, null)))).toList();
        AvailabilityView availability = levels.ofCluster(name, null, null);
        List<Host> memberHosts = cluster.hosts().stream().map(HostCatalog::require).toList();
        LoadChart chart = recent.chart("cluster " + name, memberHosts,
                ZoneId.of(availability.period().timeZone()), name, viewer);
        CapacityView advice = capacity.advise(name, config.capacityWeeks());
        GateView gate = gates.cluster(name);
        return Templates.cluster(cluster, members, gate, HostPage.next(gate, viewer), chart,
                LoadChartSvg.render(chart, "load"), Budget.of(availability),
                new Capacity(advice, capacity.eachHostDown(name, advice)), PlanDraft.blank(name),
                roles.list(0, 500).items(), viewer.zone().getId(), Map.of());
    }
}
