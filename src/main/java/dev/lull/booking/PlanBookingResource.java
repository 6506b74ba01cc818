package dev.lull.booking;

import java.net.URI;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.change.Caller;
import dev.lull.platform.Roles;

/** Books a plan in one step: one change per window, all or none, linked by a plan id. */
@Path("/api/v1/proposals/plan/book")
@Tag(name = "Proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanBookingResource {
    private final PlanBookings bookings;
    private final SecurityIdentity identity;

    PlanBookingResource(PlanBookings bookings, SecurityIdentity identity) {
        this.bookings = bookings;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.REQUESTER)
    @Operation(summary = "Plan and book: one change per plan window in one transaction, optionally submitted", description = "Requesters (and above). Plans as POST /proposals/plan does, then creates one change per window from the change template in one transaction, linked by a plan id (GET /changes?plan=…) and submitted when submit is true. A refused window answers 409 with every window's reasons and books nothing.")
    @APIResponseSchema(value = PlanBooking.class, responseCode = "201", responseDescription = "The plan id, the plan and the changes; Location lists them")
    @APIResponse(responseCode = "400", description = "A bad field of the plan or the change, named")
    @APIResponse(responseCode = "403", description = "The caller may not request changes")
    @APIResponse(responseCode = "409", description = "No plan exists, or some window is refused (refusals lists "
            + "every window's conflicts); nothing was booked")
    @APIResponse(responseCode = "422", description = "An unknown cluster, host or approval role")
    public RestResponse<PlanBooking> book(@Valid @NotNull PlanBookingRequest request) {
        PlanBooking booked = bookings.book(request, Caller.of(identity));
        return RestResponse.ResponseBuilder.<PlanBooking>created(URI.create("/api/v1/changes?plan=" + booked.planId()))
                .entity(booked).build();
    }
}
