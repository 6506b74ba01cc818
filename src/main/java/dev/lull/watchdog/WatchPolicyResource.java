package dev.lull.watchdog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.Roles;

/** The watch policy of a cluster: what the load watchdog does to its changes' open windows. */
@Path("/api/v1/clusters/{name}/watch-policy")
@Tag(name = "Load watchdog")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such cluster")
public class WatchPolicyResource {
    private final WatchPolicies policies;
    private final SecurityIdentity identity;

    WatchPolicyResource(WatchPolicies policies, SecurityIdentity identity) {
        this.policies = policies;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read the watch policy of a cluster", description = "Any viewer. The policy that applies: "
            + "the cluster's own (own: true) or the configured defaults (lull.watchdog.*).")
    @APIResponse(responseCode = "200", description = "The policy", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WatchPolicyView.class)))
    public WatchPolicyView get(@Parameter(description = "The cluster's name") @RestPath String name) {
        return policies.get(name);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the watch policy of a cluster (an admin)", description = "Admins only, as for editing "
            + "clusters. onAlarm and onUnknown are pause or notify (defaults pause and notify); factor, floor, span, "
            + "calm and staleAfter move the band and the periods; a field left out takes the default. 400 names "
            + "the field.")
    @APIResponse(responseCode = "200", description = "The policy as set", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WatchPolicyView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid")
    public WatchPolicyView put(@Parameter(description = "The cluster's name") @RestPath String name,
            @Valid @NotNull WatchPolicyBody body) {
        return policies.put(name, body, identity.getPrincipal().getName());
    }
}
