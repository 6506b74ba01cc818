package dev.lull.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import dev.lull.proposal.PlanRequest;

/** Book a plan: the plan request, the change every window becomes, and whether to submit them at once. */
public record PlanBookingRequest(
        @NotNull @Valid PlanRequest plan,
        @NotNull @Valid PlanChange change,
        Boolean submit) {

    /** Whether the changes are submitted once created (absent: no, they stay NEW). */
    public boolean submitted() {
        return Boolean.TRUE.equals(submit);
    }
}
