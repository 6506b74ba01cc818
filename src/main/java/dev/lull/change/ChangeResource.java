package dev.lull.change;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.Paged;
import dev.lull.platform.QueryValues;
import dev.lull.platform.ResourceName;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** Change requests: planned downtime on hosts, with their approvals, plan and audit trail. */
@Path("/api/v1/changes")
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChangeResource {
    private final ChangeDesk desk;
    private final ChangeListing listing;
    private final ChangeConfig config;
    private final SecurityIdentity identity;

    ChangeResource(ChangeDesk desk, ChangeListing listing, ChangeConfig config, SecurityIdentity identity) {
        this.desk = desk;
        this.listing = listing;
        this.config = config;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.REQUESTER)
    @Operation(summary = "Request a change; it starts in NEW")
    @APIResponse(responseCode = "201", description = "Created; Location names the change")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed one by one")
    @APIResponse(responseCode = "422", description = "An unknown host or approval role")
    public Response create(@Valid @NotNull ChangeBody body) {
        Versioned<ChangeView> created = desk.create(body, Caller.of(identity));
        return created.created(URI.create("/api/v1/changes/" + created.body().id()));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List changes by window start, optionally by status, host, cluster, window overlap and plan")
    @APIResponse(responseCode = "400", description = "A bad filter or page")
    public Paged<ChangeSummary> list(@RestQuery ChangeStatus status, @RestQuery @ResourceName String host,
            @RestQuery @ResourceName String cluster, @RestQuery String from, @RestQuery String to,
            @RestQuery String plan, @RestQuery @Min(0) Integer page, @RestQuery @Min(1) @Max(500) Integer size) {
        var criteria = new ChangeListing.Criteria(status, host, cluster, QueryValues.instant("from", from, null),
                QueryValues.instant("to", to, null), planId(plan));
        return listing.list(criteria, page == null ? 0 : page, size == null ? config.defaultPageSize() : size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read a change with its approvals, steps and the actions the caller may take now")
    @APIResponse(responseCode = "200", description = "The change, with its ETag")
    @APIResponse(responseCode = "404", description = "No such change")
    public Response get(@RestPath long id) {
        return desk.get(id, Caller.of(identity)).ok();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.REQUESTER)
    @Operation(summary = "Edit a change while it is NEW (its requester)")
    @APIResponse(responseCode = "200", description = "The stored change, with its new ETag")
    @APIResponse(responseCode = "403", description = "Not the change's requester")
    @APIResponse(responseCode = "404", description = "No such change")
    @APIResponse(responseCode = "409", description = "The change is no longer NEW")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response edit(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ChangeBody body) {
        return desk.edit(id, body, ifMatch, Caller.of(identity)).ok();
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The audit trail: every transition and decision, oldest first")
    @APIResponse(responseCode = "404", description = "No such change")
    public List<ChangeEvent> history(@RestPath long id) {
        return desk.history(id);
    }

    /** The plan id of {@code ?plan=}, or a 400 naming it. */
    private static UUID planId(String plan) {
        if (plan == null) {
            return null;
        }
        try {
            return UUID.fromString(plan.trim());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("plan", "must be a plan id such as 7f0c3c1e-5d0a-4c36-9d55-1b7c1f3f0c2a");
        }
    }
}
