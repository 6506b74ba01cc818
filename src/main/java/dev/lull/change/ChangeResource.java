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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.people.Username;
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
    private final ChangeRefusals refusals;

    ChangeResource(ChangeDesk desk, ChangeListing listing, ChangeConfig config, SecurityIdentity identity,
            ChangeRefusals refusals) {
        this.refusals = refusals;
        this.desk = desk;
        this.listing = listing;
        this.config = config;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.REQUESTER)
    @Operation(summary = "Request a change; it starts in NEW", description = "Requesters (and above). The window is checked only when the change is submitted; 400 lists every bad field, 422 names an unknown host or approval role.")
    @APIResponseSchema(value = ChangeView.class, responseCode = "201", responseDescription = "Created; Location names the change")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed one by one")
    @APIResponse(responseCode = "422", description = "An unknown host or approval role")
    public RestResponse<ChangeView> create(@Valid @NotNull ChangeBody body) {
        Versioned<ChangeView> created = desk.create(body, Caller.of(identity));
        return created.created(URI.create("/api/v1/changes/" + created.body().id()));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List changes by window start, filtered by status (repeatable), host, cluster, role, "
            + "who must decide (awaiting), who is involved (person), window overlap (from, to) and the plan it was booked from; each with "
            + "its approvals and the caller's allowed actions", description = "Any viewer, one page at a time. Unknown query parameters are refused with 400 naming them.")
    @APIResponse(responseCode = "200", description = "One page of changes")
    @APIResponse(responseCode = "400", description = "A bad filter or page, or an unknown parameter")
    public Paged<ChangeSummary> list(
            @Parameter(description = "Statuses to keep; repeat for several (status=ASSESS&status=AUTHORIZE)") @RestQuery List<String> status,
            @Parameter(description = "Keep changes on this host") @RestQuery @ResourceName String host,
            @Parameter(description = "Keep changes on a host of this cluster") @RestQuery @ResourceName String cluster,
            @Parameter(description = "Keep changes that require this approval role or give it a plan step") @RestQuery @ResourceName String role,
            @Parameter(description = "Keep changes this person may approve or authorize now") @RestQuery @Username String awaiting,
            @Parameter(description = "Keep changes this person requested, owns an approval role of (asked or deciding), owns a plan step's role of, or decided on") @RestQuery @Username String person,
            @Parameter(description = "Keep changes whose window ends after this ISO-8601 UTC instant") @RestQuery String from,
            @Parameter(description = "Keep changes whose window starts before this ISO-8601 UTC instant") @RestQuery String to,
            @Parameter(description = "Keep changes booked from this plan (its id)") @RestQuery String plan,
            @Parameter(description = "Page number, from 0") @RestQuery @Min(0) Integer page,
            @Parameter(description = "Page size, 1 to 500 (default lull.changes.default-page-size)") @RestQuery @Min(1) @Max(500) Integer size) {
        var criteria = new ChangeListing.Criteria(QueryValues.constants("status", status, ChangeStatus.class), host,
                cluster, role, awaiting, null, null, QueryValues.instant("from", from, null),
                QueryValues.instant("to", to, null), planId(plan)).involving(person);
        return listing.list(criteria, page == null ? 0 : page, size == null ? config.defaultPageSize() : size,
                Caller.of(identity));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read a change with its approvals, steps and the actions the caller may take now", description = "Any viewer. The ETag is what every action on the change sends in If-Match; 404 when no change has this id.")
    @APIResponse(responseCode = "200", description = "The change, with its ETag")
    @APIResponse(responseCode = "404", description = "No such change")
    public RestResponse<ChangeView> get(@RestPath long id) {
        return desk.get(id, Caller.of(identity)).ok();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.REQUESTER)
    @Operation(summary = "Edit a change while it is NEW (its requester)", description = "Only its requester (or an admin), with the ETag last read in If-Match; 409 once it has been submitted.")
    @APIResponse(responseCode = "200", description = "The stored change, with its new ETag")
    @APIResponse(responseCode = "403", description = "Not the change's requester")
    @APIResponse(responseCode = "404", description = "No such change")
    @APIResponse(responseCode = "409", description = "The change is no longer NEW (allowedActions lists what the "
            + "caller may do now)")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public RestResponse<ChangeView> edit(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ChangeBody body) {
        Caller caller = Caller.of(identity);
        return refusals.narrowing(id, caller, () -> desk.edit(id, body, ifMatch, caller)).ok();
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The audit trail: every transition and decision, oldest first", description = "Any viewer. Every transition, decision and refused action, with who and when; 404 when no change has this id.")
    @APIResponse(responseCode = "200", description = "One page of the change's events, oldest first")
    @APIResponse(responseCode = "404", description = "No such change")
    public Paged<ChangeEvent> history(@RestPath long id, @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue(Paged.DEFAULT_SIZE) @Min(1) @Max(Paged.MAX_SIZE) int size) {
        return desk.history(id, page, size);
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
