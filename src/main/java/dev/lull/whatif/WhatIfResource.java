package dev.lull.whatif;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.lull.inventory.Cluster;
import dev.lull.inventory.Host;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.InstantRange;
import dev.lull.platform.Roles;
import dev.lull.schedule.Interval;

/** Replays a window on the past weeks of its hosts before it is booked. */
@Path("/api/v1/proposals/what-if")
@Tag(name = "Proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class WhatIfResource {
    private static final Duration MAX_AHEAD = Duration.ofDays(365);
    private final WhatIfDesk desk;

    WhatIfResource(WhatIfDesk desk) {
        this.desk = desk;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay a window on the last weeks of its hosts before booking it", description = "Any viewer. For each of the last weeks (default 8, at most 52) the same local wall-clock window moved back week by week in each host's zone: the messages it would have hit, its rank among all windows of that length starting in that local week, that week's best window, and a summary with a one-line verdict; per cluster the survivors' load against their capacity with the window's hosts down; and what booking a change of that type (default NORMAL) would meet now, as submit checks it, without writing anything.")
    @APIResponse(responseCode = "200", description = "Per host the replayed weeks and summary, per cluster the survivors' load, and the booking dry run")
    @APIResponse(responseCode = "400", description = "A bad field, named: start (in the past or over a year ahead), end (not after start, or over the longest window), weeks, hosts (too many), cluster (both or neither of hosts and cluster, or too many members)")
    @APIResponse(responseCode = "422", description = "An unknown cluster or host")
    public WhatIfView replay(@Valid @NotNull WhatIfRequest request) {
        Instant now = desk.now();
        if (request.start().isBefore(now)) {
            throw ApiProblem.invalid("start", "must not be in the past (now is " + now + ")");
        }
        InstantRange.require("start", request.start(), now, now.plus(MAX_AHEAD),
                "a what-if looks at most 365 days ahead");
        Interval window = desk.window(request.start(), request.end());
        int weeks = request.weeks() == null ? desk.defaultWeeks() : request.weeks();
        return desk.replay(hosts(request), window, weeks, request.changeType());
    }

    private static List<Host> hosts(WhatIfRequest request) {
        boolean byCluster = request.cluster() != null;
        boolean byHosts = request.hosts() != null && !request.hosts().isEmpty();
        if (byCluster == byHosts) {
            throw ApiProblem.invalid("cluster", "give either a cluster or a non-empty list of hosts");
        }
        if (byHosts) {
            return request.hosts().stream().distinct().map(name -> Host.<Host>findByName(name)
                    .orElseThrow(() -> ApiProblem.unprocessable("host '" + name + "' does not exist"))).toList();
        }
        Cluster cluster = Cluster.findByName(request.cluster())
                .orElseThrow(() -> ApiProblem.unprocessable("cluster '" + request.cluster() + "' does not exist"));
        List<Host> members = Host.list("cluster = ?1 order by name", cluster);
        if (members.isEmpty() || members.size() > WhatIfRequest.MAX_HOSTS) {
            throw ApiProblem.invalid("cluster", "has " + members.size() + " hosts; a what-if replays 1 to "
                    + WhatIfRequest.MAX_HOSTS);
        }
        return members;
    }
}
