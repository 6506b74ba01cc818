package dev.lull.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.Paged;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** People: display names and e-mail addresses of users. */
@Path("/api/v1/people")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {
    private final PersonDirectory directory;
    private final SecurityIdentity identity;

    PersonResource(PersonDirectory directory, SecurityIdentity identity) {
        this.directory = directory;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List people by username, a page at a time", description = "Any viewer.")
    public Paged<PersonView> list(@RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue(Paged.DEFAULT_SIZE) @Min(1) @Max(Paged.MAX_SIZE) int size) {
        return directory.list(page, size);
    }

    @PUT
    @Path("{username}")
    @RolesAllowed("**")
    @Operation(summary = "Create or replace a person's profile (an admin, or the person themself)", description = "An admin, or the person themself (403 otherwise). The e-mail address is where notices go; when the profile exists, send its ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The stored profile, with its ETag")
    @APIResponse(responseCode = "400", description = "Invalid username, display name or e-mail address")
    @APIResponse(responseCode = "403", description = "Neither an admin nor that person")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public RestResponse<PersonView> put(@RestPath @Username String username, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull PersonRequest request) {
        if (!PersonDirectory.mayEdit(identity, username)) {
            throw new ForbiddenException();
        }
        Versioned<PersonView> stored = directory.put(username, request, ifMatch);
        return stored.ok();
    }

    @DELETE
    @Path("{username}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a person's profile (admins)", description = "Admins only, with If-Match (412 when stale). The user still signs in; changes and notices then show the bare username.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No profile for that username")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public void delete(@RestPath @Username String username, @RestHeader("If-Match") String ifMatch) {
        directory.delete(username, ifMatch);
    }
}
