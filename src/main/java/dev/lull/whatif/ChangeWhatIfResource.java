package dev.lull.whatif;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.lull.platform.Roles;

/** Replays an existing change's window on the last weeks of its hosts. */
@Path("/api/v1/changes/{id}/what-if")
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class ChangeWhatIfResource {
    private final WhatIfDesk desk;

    ChangeWhatIfResource(WhatIfDesk desk) {
        this.desk = desk;
    }

    @GET
    @Operation(summary = "Replay a change's window on the last weeks of its hosts", description = "Any viewer. As POST /api/v1/proposals/what-if for the change's hosts and window (its window may lie in the past; the replayed weeks are the latest that ended before now), with the booking dry run of the change itself as submit would check it now (its own booked window does not count against it). 404 for an unknown change, 409 for a change without a window or with one longer than a what-if replays.")
    @APIResponse(responseCode = "200", description = "Per host the replayed weeks and summary, per cluster the survivors' load, and the booking dry run")
    @APIResponse(responseCode = "400", description = "A bad weeks (1 to 52)")
    @APIResponse(responseCode = "404", description = "No such change")
    @APIResponse(responseCode = "409", description = "The change has no window yet, or one longer than a what-if replays (P1D)")
    public WhatIfView replay(@Parameter(description = "The change's id") @RestPath long id,
            @Parameter(description = "How many past weeks to replay, 1 to 52 (default 8)") @RestQuery @Min(1) @Max(52) Integer weeks) {
        return desk.forChange(id, weeks);
    }
}
