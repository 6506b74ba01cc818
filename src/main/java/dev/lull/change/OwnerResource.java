package dev.lull.change;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

/** The owning team of a host or cluster or cluster: the approval role and/or people who answer for it, shown on its changes. */
@Tag(name = "Owning teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such host or cluster, or (GET, DELETE) it has no owning team")
public abstract class OwnerResource {
    private final OwningTeams teams;
    private final SecurityIdentity identity;

    protected OwnerResource(OwningTeams teams, SecurityIdentity identity) {
        this.teams = teams;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read the owning team of a host or cluster", description = "Any viewer. The team (an approval role and/or people) answers for the host or cluster and "
            + "is shown on its changes and feeds; 404 when it has none.")
    @APIResponse(responseCode = "200", description = "The owning team, with its ETag")
    public RestResponse<OwnerView> get(@RestPath String name) {
        return teams.get(scope(), name).ok();
    }

    @PUT
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "Set the owning team of a host or cluster (a change manager)", description = "Change managers only. Creates (201) or replaces (200, with the ETag last read in If-Match) "
            + "the team; 422 for an unknown approval role.")
    @APIResponse(responseCode = "200", description = "Replaced, with its new ETag")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OwnerView.class)))
    @APIResponse(responseCode = "400", description = "Neither a role nor people, or a bad name")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "An unknown approval role")
    public RestResponse<OwnerView> put(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull OwnerBody body) {
        return teams.put(scope(), name, body, ifMatch, Caller.of(identity));
    }

    @DELETE
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "Remove the owning team of a host or cluster (a change manager)", description = "Change managers only, with If-Match; its changes no longer name an owning team.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public void delete(@RestPath String name, @RestHeader("If-Match") String ifMatch) {
        teams.delete(scope(), name, ifMatch);
    }

    /** "host" or "cluster", as the approval policies name them. */
    abstract String scope();
}
