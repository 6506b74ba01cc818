package dev.lull.holiday;

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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.Roles;

/** The holiday calendar of a cluster or host: proposals avoid its days, changes on them are warned. */
@Tag(name = "Holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such host or cluster, or (GET, DELETE) it has no holiday calendar")
public abstract class HolidayResource {
    private final HolidayCalendars calendars;
    private final SecurityIdentity identity;

    protected HolidayResource(HolidayCalendars calendars, SecurityIdentity identity) {
        this.calendars = calendars;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read the holiday calendar of a host or cluster, with its holidays in a period", description = "Any viewer. A host without a calendar of its own shows its cluster's (scope says whose). "
            + "dates lists the holidays with names from `from` to before `to` (local dates on the host's clock; "
            + "default: today for a year; at most 366 days).")
    @APIResponse(responseCode = "200", description = "The calendar and its holidays in the period, with its ETag")
    @APIResponse(responseCode = "400", description = "A bad from or to, named")
    public RestResponse<HolidayView> get(@RestPath String name, @RestQuery String from, @RestQuery String to) {
        return calendars.get(scope(), name, from, to).ok();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the holiday calendar of a host or cluster (an admin)", description = "Admins only. Creates (201) or replaces (200, with the ETag last read in If-Match) the "
            + "calendar: an ISO 3166 country, optionally a subdivision, and custom days. A host's own calendar wins "
            + "over its cluster's.")
    @APIResponse(responseCode = "200", description = "Replaced, with its new ETag")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HolidayView.class)))
    @APIResponse(responseCode = "400", description = "An unknown country or region, or a bad day, named")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public RestResponse<HolidayView> put(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull HolidayBody body) {
        return calendars.put(scope(), name, body, ifMatch, identity.getPrincipal().getName());
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove the holiday calendar of a host or cluster (an admin)", description = "Admins only, with If-Match; a host then follows its cluster's calendar, if any.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public void delete(@RestPath String name, @RestHeader("If-Match") String ifMatch) {
        calendars.delete(scope(), name, ifMatch);
    }

    /** "host" or "cluster". */
    abstract String scope();
}
