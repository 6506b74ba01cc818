package dev.lull.whatif;

import java.util.List;

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

import dev.lull.change.ChangeActions;
import dev.lull.change.ChangeRequest;
import dev.lull.inventory.Host;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.Roles;
import dev.lull.schedule.Interval;

/** Replays an existing change's window on the last weeks of its hosts. */
@Path("/api/v1/changes/{id}/what-if")
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class ChangeWhatIfResource {
    private final WhatIfDesk desk;
    private final ChangeActions actions;

    ChangeWhatIfResource(WhatIfDesk desk, ChangeActions actions) {
        this.desk = desk;
        this.actions = actions;
    }

    @GET
    @Operation(summary = "Replay a change's window on the last weeks of its hosts", description = "Any viewer. As POST /api/v1/proposals/what-if for the change's hosts and window (its window may lie in the past; the replayed weeks are the latest that ended before now), with the booking dry run of the change itself as submit would check it now (its own booked window does not count against it). 404 for an unknown change, 409 for a change without a window.")
    @APIResponse(responseCode = "200", description = "Per host the replayed weeks and summary, per cluster the survivors' load, and the booking dry run")
    @APIResponse(responseCode = "400", description = "A bad weeks (1 to 52)")
    @APIResponse(responseCode = "404", description = "No such change")
    @APIResponse(responseCode = "409", description = "The change has no window yet, or one longer than a what-if replays (P1D)")
    public WhatIfView replay(@Parameter(description = "The change's id") @RestPath long id,
            @Parameter(description = "How many past weeks to replay (default 8)") @RestQuery @Min(1) @Max(52) Integer weeks) {
        ChangeRequest change = ChangeRequest.<ChangeRequest>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("no change with id " + id));
        if (change.windowStart == null || change.windowEnd == null) {
            throw ApiProblem.conflict("change " + id + " has no window yet");
        }
        Interval window = desk.changeWindow(id, change.windowStart, change.windowEnd);
        List<Host> hosts = Host.list("name in ?1 order by name", change.hosts);
        if (hosts.isEmpty()) {
            throw ApiProblem.conflict("none of the hosts of change " + id + " exists any more");
        }
        return desk.replay(hosts, window, weeks == null ? desk.defaultWeeks() : weeks, change.type,
                () -> actions.conflicts(id));
    }
}
