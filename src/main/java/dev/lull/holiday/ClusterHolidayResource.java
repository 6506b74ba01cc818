package dev.lull.holiday;

import jakarta.ws.rs.Path;

import io.quarkus.security.identity.SecurityIdentity;

/** The holiday calendar of a cluster. */
@Path("/api/v1/clusters/{name}/holidays")
public class ClusterHolidayResource extends HolidayResource {
    ClusterHolidayResource(HolidayCalendars calendars, SecurityIdentity identity) {
        super(calendars, identity);
    }

    @Override
    String scope() {
        return HolidayCalendars.CLUSTER;
    }
}
