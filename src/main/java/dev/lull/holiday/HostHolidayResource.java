package dev.lull.holiday;

import jakarta.ws.rs.Path;

import io.quarkus.security.identity.SecurityIdentity;

/** The holiday calendar of a host. */
@Path("/api/v1/hosts/{name}/holidays")
public class HostHolidayResource extends HolidayResource {
    HostHolidayResource(HolidayCalendars calendars, SecurityIdentity identity) {
        super(calendars, identity);
    }

    @Override
    String scope() {
        return HolidayCalendars.HOST;
    }
}
