package dev.lull.holiday;

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
    static final String ICS = "text/calendar";
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

    @PUT
    @Path("ics")
    @Consumes(ICS)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import an ICS holiday calendar into a host's or cluster's calendar (an admin)", description = "Admins only. The body is an iCalendar (RFC 5545) text, at most "
            + "lull.platform.max-body (1 MB), with at most 2,000 VEVENTs. Each all-day event (DTSTART;VALUE=DATE) "
            + "becomes a custom day named by its SUMMARY on every date from DTSTART to before DTEND (at most 31 days); "
            + "timed events are skipped and counted; recurring events (RRULE, RDATE) are refused. The imported days "
            + "replace those of the previous import; the country, region and days given by hand stay. Creates the "
            + "calendar (201) when there is none, else needs the ETag last read in If-Match (200). An import without "
            + "all-day events clears the imported days of an existing calendar.")
    @APIResponse(responseCode = "200", description = "Imported into the existing calendar, with its new ETag")
    @APIResponse(responseCode = "201", description = "A calendar of the imported days created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HolidayImport.class)))
    @APIResponse(responseCode = "400", description = "Not iCalendar (the line named), a recurring event, a bad date or span, a missing SUMMARY, too many events, or nothing to create a calendar of")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "413", description = "The body exceeds lull.platform.max-body")
    public RestResponse<HolidayImport> importIcs(@RestPath String name, @RestHeader("If-Match") String ifMatch,
            String ics) {
        return calendars.importIcs(scope(), name, ics, ifMatch, identity.getPrincipal().getName());
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
