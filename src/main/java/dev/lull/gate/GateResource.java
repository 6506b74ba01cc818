package dev.lull.gate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.HostCatalog;
import dev.lull.platform.Roles;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.Interval;
import dev.lull.schedule.LocalInterval;
import dev.lull.schedule.Timeline;

/** "May I do maintenance now?" for pipelines and operators: 200 when open, 423 when closed. */
@Path("/api/v1/gates")
@Tag(name = "Gate")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.GATE})
public class GateResource {
    private final Timeline timeline;
    private final ClusterCatalog clusters;
    private final GateConfig config;
    private final Clock clock;

    GateResource(Timeline timeline, ClusterCatalog clusters, GateConfig config, Clock clock) {
        this.timeline = timeline;
        this.clusters = clusters;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @Path("hosts/{name}")
    @Operation(summary = "Whether maintenance may happen on a host now (200 OPEN, 423 CLOSED)")
    @APIResponse(responseCode = "200", description = "OPEN: inside an approved change window, not frozen")
    @APIResponse(responseCode = "423", description = "CLOSED: no open window, or a blackout")
    @APIResponse(responseCode = "404", description = "No such host")
    public Response host(@RestPath String name) {
        HostCatalog.require(name);
        Instant now = clock.instant();
        return answer(name, "HOST", GateDecision.at(now, name, periods(List.of(name), now)), now);
    }

    @GET
    @Path("clusters/{name}")
    @Operation(summary = "Whether maintenance may happen on a cluster as a whole now: one change covering all of its "
            + "hosts is in its window")
    @APIResponse(responseCode = "200", description = "OPEN: a change covering every host is in its window, none frozen")
    @APIResponse(responseCode = "423", description = "CLOSED: no such change now; openHosts lists the hosts whose own "
            + "gates are open (automation on one host asks that host's gate)")
    @APIResponse(responseCode = "404", description = "No such cluster")
    public Response cluster(@RestPath String name) {
        List<String> hosts = clusters.get(name).body().hosts();
        Instant now = clock.instant();
        return answer(name, "CLUSTER", GateDecision.forCluster(now, name, hosts, periods(hosts, now)), now);
    }

    private List<BusyPeriod> periods(List<String> hosts, Instant now) {
        return timeline.busy(hosts, new Interval(now, now.plus(config.horizon())));
    }

    private Response answer(String target, String kind, GateDecision decision, Instant now) {
        GateView.GateChange change = decision.change()
                .map(p -> new GateView.GateChange(Long.parseLong(p.reference()), p.label(), p.host(),
                        LocalInterval.of(p.interval(), HostCatalog.zones(List.of(p.host())).getOrDefault(p.host(),
                                ZoneOffset.UTC))))
                .orElse(null);
        GateView view = new GateView(target, kind, decision.state(), decision.reason(), change,
                decision.openHosts(), decision.nextTransition().orElse(null), now);
        return Response.status(decision.state() == GateState.OPEN ? 200 : 423).entity(view).build();
    }
}
