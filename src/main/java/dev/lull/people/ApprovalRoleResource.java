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

import dev.lull.platform.Paged;
import dev.lull.platform.ResourceName;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** Approval roles and their named owners. */
@Path("/api/v1/roles")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalRoleResource {
    private final RoleDirectory directory;

    ApprovalRoleResource(RoleDirectory directory) {
        this.directory = directory;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the approval roles and their owners, by key, a page at a time", description = "Any viewer.")
    public Paged<ApprovalRoleView> list(@RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue(Paged.DEFAULT_SIZE) @Min(1) @Max(Paged.MAX_SIZE) int size) {
        return directory.list(page, size);
    }

    @PUT
    @Path("{key}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create an approval role or replace its title and owners", description = "Admins only. Owners are user names; when the role exists, send its ETag in If-Match (412 when stale).")
    @APIResponse(responseCode = "200", description = "The stored role, with its ETag")
    @APIResponse(responseCode = "400", description = "Invalid key, title or owner names")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public RestResponse<ApprovalRoleView> put(@RestPath @ResourceName String key,
            @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ApprovalRoleRequest request) {
        Versioned<ApprovalRoleView> stored = directory.put(key, request, ifMatch);
        return stored.ok();
    }

    @DELETE
    @Path("{key}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an approval role that nothing names", description = "Admins only; If-Match is optional (412 when stale). A role still named by an owning team, an approval policy, a standard change template, a role-scoped calendar feed or any change (its plan steps, approvals or required roles, history included) is refused with 409, whose detail and `uses` member name those uses.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such role")
    @APIResponse(responseCode = "409", description = "The role is still used; the problem names what uses it")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public void delete(@RestPath @ResourceName String key, @RestHeader("If-Match") String ifMatch) {
        directory.delete(key, ifMatch);
    }
}
