package dev.lull.gate;

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
    @Operation(summary = "Whether maintenance may happen on a host now (200 OPEN, 423 CLOSED)")
    @APIResponse(responseCode = "200", description = "OPEN: inside an approved change window, not frozen")
    @APIResponse(responseCode = "423", description = "CLOSED: no open window, or a blackout")
    @APIResponse(responseCode = "404", description = "No such host")
    public Response host(@RestPath String name) {
        return answer(gates.host(name));
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
        return answer(gates.cluster(name));
    }

    private static Response answer(GateView view) {
        return Response.status(view.state() == GateState.OPEN ? 200 : 423).entity(view).build();
    }
}
