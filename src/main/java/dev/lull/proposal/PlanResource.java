package dev.lull.proposal;

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

import dev.lull.platform.Roles;

/** Cluster-aware plans: one window per host, never below a cluster's minAvailable. */
@Path("/api/v1/proposals")
@Tag(name = "Proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class PlanResource {
    private final ClusterPlans plans;

    PlanResource(ClusterPlans plans) {
        this.plans = plans;
    }

    @POST
    @Path("plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan one window per host so that a cluster never has fewer than minAvailable hosts up", description = "Any viewer. Each window obeys the booking rules (minimum notice, blackouts, other work, minAvailable, downtime budget) and the request's constraints, so every window can be booked as it stands; hosts that cannot be fitted are listed with the reason.")
    @APIResponse(responseCode = "200", description = "One window per host, by start, each passing the booking rules")
    @APIResponse(responseCode = "400", description = "A bad field, named (notOn, earliestLocalTime, latestLocalTime, "
            + "maxPerNight, duration, step, from, to)")
    @APIResponse(responseCode = "409", description = "Impossible in the period; the problem names the constraint")
    @APIResponse(responseCode = "422", description = "An unknown cluster or host")
    public PlanView plan(@Valid @NotNull PlanRequest request) {
        return plans.plan(request);
    }
}
