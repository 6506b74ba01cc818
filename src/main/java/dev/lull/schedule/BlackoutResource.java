package dev.lull.schedule;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.MergePatches;
import dev.lull.platform.Paged;
import dev.lull.platform.QueryValues;
import dev.lull.platform.ResourceName;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** Blackouts (change freezes), one-off or recurring by an RFC 5545 RRULE. */
@Path("/api/v1/blackouts")
@Tag(name = "Schedule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BlackoutResource {
    private final BlackoutCatalog catalog;
    private final BlackoutTimeline timeline;
    private final ScheduleConfig config;
    private final MergePatches patches;

    BlackoutResource(BlackoutCatalog catalog, BlackoutTimeline timeline, ScheduleConfig config,
            MergePatches patches) {
        this.catalog = catalog;
        this.timeline = timeline;
        this.config = config;
        this.patches = patches;
    }

    @POST
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "Create a blackout", description = "Change managers only. A blackout forbids maintenance on some hosts, clusters or everywhere, once or recurring (RRULE) in a time zone; booking refuses windows that meet it.")
    @APIResponseSchema(value = BlackoutView.class, responseCode = "201", responseDescription = "Created; Location names the blackout")
    @APIResponse(responseCode = "400", description = "Invalid fields, such as an unreadable recurrence")
    @APIResponse(responseCode = "422", description = "A named host or cluster does not exist")
    public RestResponse<BlackoutView> create(@Valid @NotNull BlackoutRequest request) {
        Versioned<BlackoutView> created = catalog.create(request);
        return created.created(URI.create("/api/v1/blackouts/" + created.body().id()));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List blackouts by start, a page at a time; with from and to, their occurrences in that "
            + "range (optionally for one host)", description = "Any viewer. Without from, to and host: the blackouts, a page at a time; with from and to (and optionally host): their occurrences in that range with local times, in time order.")
    @APIResponse(responseCode = "200", description = "{items, page, size, total} of blackouts, or of occurrences in "
            + "time order with truncated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {
                    BlackoutPage.class, OccurrenceListing.class})))
    @APIResponse(responseCode = "400", description = "A bad or too long range, or a bad page or size")
    public Response list(@RestQuery String from, @RestQuery String to, @RestQuery @ResourceName String host,
            @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue(Paged.DEFAULT_SIZE) @Min(1) @Max(Paged.MAX_SIZE) int size) {
        if (from == null && to == null && host == null) {
            return Response.ok(catalog.list(page, size)).build();
        }
        Interval range = range(from, to);
        BlackoutTimeline.Occurrences found = host == null
                ? timeline.occurrences(range)
                : timeline.forHost(host, range);
        List<OccurrenceView> all = found.items().stream().map(OccurrenceView::of).toList();
        return Response.ok(OccurrenceListing.of(Paged.slice(all, page, size), found.truncated())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read a blackout", description = "Any viewer. The ETag is what a later PUT or DELETE sends in If-Match; 404 when no blackout has this id.")
    @APIResponse(responseCode = "200", description = "The blackout, with its ETag")
    @APIResponse(responseCode = "404", description = "No such blackout")
    public RestResponse<BlackoutView> get(@RestPath long id) {
        return catalog.get(id).ok();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "Replace a blackout", description = "Change managers only, with the ETag last read in If-Match (428 without it, 412 when stale).")
    @APIResponse(responseCode = "200", description = "The stored blackout, with its new ETag")
    @APIResponse(responseCode = "404", description = "No such blackout")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public RestResponse<BlackoutView> replace(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull BlackoutRequest request) {
        return catalog.replace(id, request, ifMatch).ok();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatches.MEDIA_TYPE)
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "Change some of a blackout's fields with a JSON Merge Patch (RFC 7396)", description = "Change managers only. Send application/merge-patch+json (415 otherwise) with the ETag last read in If-Match (428 without it, 412 when stale); fields left out keep their values.")
    @APIResponse(responseCode = "200", description = "The stored blackout, with its new ETag")
    @APIResponse(responseCode = "404", description = "No such blackout")
    @APIResponse(responseCode = "422", description = "A named host or cluster does not exist")
    public RestResponse<BlackoutView> patch(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @NotNull ObjectNode patch) {
        BlackoutRequest patched = patches.apply(catalog.current(id), ifMatch, patch, BlackoutRequest.class);
        return catalog.replace(id, patched, ifMatch).ok();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CHANGE_MANAGER)
    @Operation(summary = "Delete a blackout", description = "Change managers only, with If-Match; 404 when no blackout has this id.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such blackout")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public void delete(@RestPath long id, @RestHeader("If-Match") String ifMatch) {
        catalog.delete(id, ifMatch);
    }

    private Interval range(String from, String to) {
        if (from == null || to == null) {
            throw ApiProblem.invalid(from == null ? "from" : "to", "must be given together with "
                    + (from == null ? "to" : "from"));
        }
        Instant start = QueryValues.instant("from", from, null);
        Instant end = QueryValues.instant("to", to, null);
        QueryValues.requireOrdered(start, end);
        if (new Interval(start, end).length().compareTo(config.maxExpansion()) > 0) {
            throw ApiProblem.invalid("to", "must be at most " + config.maxExpansion() + " after from");
        }
        return new Interval(start, end);
    }

    /** The shape of a page of blackouts ({@code Paged<BlackoutView>}), named for the OpenAPI document's oneOf. */
    @Schema(name = "PagedBlackoutView")
    record BlackoutPage(List<BlackoutView> items, int page, int size, long total) {
    }
}
