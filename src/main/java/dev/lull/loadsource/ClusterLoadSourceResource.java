package dev.lull.loadsource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.Roles;

/** The load source of a cluster: the Prometheus Lull pulls its hosts' load from. */
@Path("/api/v1/clusters/{name}/load-source")
@Tag(name = "Load sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such cluster, or (GET, DELETE) it has no load source")
public class ClusterLoadSourceResource {
    private final LoadSources sources;
    private final SecurityIdentity identity;

    ClusterLoadSourceResource(LoadSources sources, SecurityIdentity identity) {
        this.sources = sources;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read the load source of a cluster, with its pull status", description = "Admins only. Per host: how far it is "
            + "pulled, the lag, points stored, the last success and the last error; 404 when it has none.")
    @APIResponse(responseCode = "200", description = "The source and its status, with its ETag")
    public RestResponse<LoadSourceView> get(@RestPath String name) {
        return sources.get(LoadSources.CLUSTER, name).ok();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the load source of a cluster", description = "Admins only. Creates (201) or replaces (200, with If-Match) it;"
            + " a host's own source wins over it; the query must contain {host}. A new URL or query starts the pulls afresh from the backfill. 400 names the field.")
    @APIResponse(responseCode = "200", description = "Replaced, with its new ETag")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LoadSourceView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid: type, url, query, step, backfill or auth")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public RestResponse<LoadSourceView> put(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull LoadSourceBody body) {
        return sources.put(LoadSources.CLUSTER, name, body, ifMatch, identity.getPrincipal().getName());
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove the load source of a cluster", description = "Admins only, with If-Match; stored load stays, pulls stop.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public void delete(@RestPath String name, @RestHeader("If-Match") String ifMatch) {
        sources.delete(LoadSources.CLUSTER, name, ifMatch);
    }
}
