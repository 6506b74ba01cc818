package dev.lull.change;

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
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.platform.Roles;

/** The caller's queue: changes awaiting their decision, steps they own, the changes they requested. */
@Path("/api/v1/me/work")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MyWorkResource {
    private final WorkQueue queue;
    private final ChangeConfig config;
    private final SecurityIdentity identity;

    MyWorkResource(WorkQueue queue, ChangeConfig config, SecurityIdentity identity) {
        this.queue = queue;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "My work: changes awaiting my decision (by the approval roles I own and their status), "
            + "steps I own in changes being implemented, and my open requests; each with the actions I may take", description = "Any viewer; it answers for the caller only. An approver's queue: what waits on me now, "
                    + "soonest window first, with at most size items per list.")
    @APIResponse(responseCode = "200", description = "Three lists, soonest window first, each with its total")
    @APIResponse(responseCode = "400", description = "A bad size, or an unknown parameter")
    public WorkQueue.Work work(@Parameter(description = "Most items of each list, 1 to 500 (default "
            + "lull.changes.default-page-size)") @RestQuery @Min(1) @Max(500) Integer size) {
        return queue.of(Caller.of(identity), size == null ? config.defaultPageSize() : size);
    }
}
