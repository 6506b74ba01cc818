package dev.lull.silence;

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

/** The silencing target of a cluster: the Alertmanagers that silence its alerts during its changes' windows. */
@Path("/api/v1/clusters/{name}/silencing")
@Tag(name = "Alert silencing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such cluster, or (GET, DELETE) it has no silencing target")
public class ClusterSilencingResource {
    private final SilencingTargets targets;
    private final SecurityIdentity identity;

    ClusterSilencingResource(SilencingTargets targets, SecurityIdentity identity) {
        this.targets = targets;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read the silencing target of a cluster", description = "Admins only; 404 when it has none.")
    @APIResponse(responseCode = "200", description = "The target, with its ETag")
    public RestResponse<SilencingView> get(@RestPath String name) {
        return targets.get(SilencingTargets.CLUSTER, name).ok();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the silencing target of a cluster", description = "Admins only. Creates (201) or replaces (200, with If-Match) it;"
            + " a host's own target wins over it; a matcher value must hold {host}. 400 names the field.")
    @APIResponse(responseCode = "200", description = "Replaced, with its new ETag")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SilencingView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid: type, urls or matchers")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public RestResponse<SilencingView> put(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull SilencingBody body) {
        return targets.put(SilencingTargets.CLUSTER, name, body, ifMatch, identity.getPrincipal().getName());
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove the silencing target of a cluster", description = "Admins only, with If-Match; silences already made stay until their changes move or end.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public void delete(@RestPath String name, @RestHeader("If-Match") String ifMatch) {
        targets.delete(SilencingTargets.CLUSTER, name, ifMatch);
    }
}
