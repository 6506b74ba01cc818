package dev.lull.gate;

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

import dev.lull.platform.Roles;

/** "May I do maintenance now?" for pipelines and operators: 200 when open, 423 when closed. */
@Path("/api/v1/gates")
@Tag(name = "Gate")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.GATE})
public class GateResource {
    private final Gates gates;

    GateResource(Gates gates) {
        this.gates = gates;
    }

    @GET
    @Path("hosts/{name}")
    @Operation(summary = "Whether maintenance may happen on a host now (200 OPEN, 423 CLOSED)", description = "Answers 200 with state OPEN while an authorized change covering the host is in its window (a started EMERGENCY change from its start) and no blackout applies, else 423 with the same body, state CLOSED and the reason, or state PAUSED when the load watchdog paused the open window (the reason names the host and its load; reopensWhen says what would reopen it). Meant for pipelines: the gate role (or viewer) may call it; 404 for an unknown host.")
    @APIResponse(responseCode = "200", description = "OPEN: inside an approved change window, not frozen")
    @APIResponse(responseCode = "423", description = "CLOSED: no open window, or a blackout; PAUSED: the window is open but its live load is too high (or unknown) for the cluster's watch policy", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GateView.class)))
    @APIResponse(responseCode = "404", description = "No such host")
    public RestResponse<GateView> host(@RestPath String name) {
        return answer(gates.host(name));
    }

    @GET
    @Path("clusters/{name}")
    @Operation(summary = "Whether maintenance may happen on a cluster as a whole now: one change covering all of its "
            + "hosts is in its window", description = "Answers 200 with state OPEN while one authorized change covering every host of the cluster is in its window, else 423 with the same body, state CLOSED, the reason and openHosts: the hosts whose own gates are open; PAUSED when the load watchdog paused that change's window. The gate role (or viewer) may call it; 404 for an unknown cluster.")
    @APIResponse(responseCode = "200", description = "OPEN: a change covering every host is in its window, none frozen")
    @APIResponse(responseCode = "423", description = "CLOSED: no such change now; openHosts lists the hosts whose own "
            + "gates are open (automation on one host asks that host's gate); PAUSED: the load watchdog paused it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GateView.class)))
    @APIResponse(responseCode = "404", description = "No such cluster")
    public RestResponse<GateView> cluster(@RestPath String name) {
        return answer(gates.cluster(name));
    }

    private static RestResponse<GateView> answer(GateView view) {
        return RestResponse.ResponseBuilder.ok(view).status(view.state() == GateState.OPEN ? 200 : 423).build();
    }
}
