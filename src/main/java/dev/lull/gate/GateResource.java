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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

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
    @Operation(summary = "Whether maintenance may happen on a host now (200 OPEN, 423 CLOSED)", description = "Answers 200 with state OPEN while an authorized change covering the host is in its window (a started EMERGENCY change from its start) and no blackout applies, else 423 with the same body, state CLOSED and the reason. Meant for pipelines: the gate role (or viewer) may call it; 404 for an unknown host.")
    @APIResponse(responseCode = "200", description = "OPEN: inside an approved change window, not frozen")
    @APIResponse(responseCode = "423", description = "CLOSED: no open window, or a blackout", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GateView.class)))
    @APIResponse(responseCode = "404", description = "No such host")
    public RestResponse<GateView> host(@RestPath String name) {
        HostCatalog.require(name);
        Instant now = clock.instant();
        return answer(name, "HOST", GateDecision.at(now, name, periods(List.of(name), now)), now);
    }

    @GET
    @Path("clusters/{name}")
    @Operation(summary = "Whether maintenance may happen on a cluster as a whole now: one change covering all of its "
            + "hosts is in its window", description = "Answers 200 with state OPEN while one authorized change covering every host of the cluster is in its window, else 423 with the same body, state CLOSED, the reason and openHosts: the hosts whose own gates are open. The gate role (or viewer) may call it; 404 for an unknown cluster.")
    @APIResponse(responseCode = "200", description = "OPEN: a change covering every host is in its window, none frozen")
    @APIResponse(responseCode = "423", description = "CLOSED: no such change now; openHosts lists the hosts whose own "
            + "gates are open (automation on one host asks that host's gate)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GateView.class)))
    @APIResponse(responseCode = "404", description = "No such cluster")
    public RestResponse<GateView> cluster(@RestPath String name) {
        List<String> hosts = clusters.get(name).body().hosts();
        Instant now = clock.instant();
        return answer(name, "CLUSTER", GateDecision.forCluster(now, name, hosts, periods(hosts, now)), now);
    }

    private List<BusyPeriod> periods(List<String> hosts, Instant now) {
        return timeline.busy(hosts, new Interval(now, now.plus(config.horizon())));
    }

    private RestResponse<GateView> answer(String target, String kind, GateDecision decision, Instant now) {
        GateView.GateChange change = decision.change()
                .map(p -> new GateView.GateChange(Long.parseLong(p.reference()), p.label(), p.host(),
                        LocalInterval.of(p.interval(), HostCatalog.zones(List.of(p.host())).getOrDefault(p.host(),
                                ZoneOffset.UTC))))
                .orElse(null);
        GateView view = new GateView(target, kind, decision.state(), decision.reason(), change,
                decision.openHosts(), decision.nextTransition().orElse(null), now);
        return RestResponse.ResponseBuilder.ok(view).status(decision.state() == GateState.OPEN ? 200 : 423).build();
    }
}
