package dev.lull.people;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

/** The caller: who they are, what they may do in Lull and which teams they answer for. */
@Path("/api/v1/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    private final PersonDirectory people;
    private final RoleDirectory roles;
    private final SecurityIdentity identity;

    MeResource(PersonDirectory people, RoleDirectory roles, SecurityIdentity identity) {
        this.people = people;
        this.roles = roles;
        this.identity = identity;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Who I am: username, display name, application roles and the approval roles I own", description = "Any signed-in caller. Shows which application roles the credentials carry and which "
            + "approval roles the caller owns, so which changes they may decide on.")
    @APIResponse(responseCode = "200", description = "The caller")
    public Me me() {
        String username = identity.getPrincipal().getName();
        Optional<PersonView> person = people.find(username);
        return new Me(username, person.map(PersonView::displayName).orElse(null),
                person.map(PersonView::email).orElse(null), identity.getRoles().stream().sorted().toList(),
                roles.ownedBy(username));
    }

}
