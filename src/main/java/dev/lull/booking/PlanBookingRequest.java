package dev.lull.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.lull.proposal.PlanRequest;

/** Book a plan: the plan request, the change every window becomes, and whether to submit them at once. */
@Schema(description = "A plan to book: the plan request, the change each window becomes, and whether to submit", example = """
        {"plan": {"cluster": "mbox", "duration": "PT2H", "notOn": ["2027-01-01"], "maxPerNight": 1},
         "change": {"title": "Patch mbox", "plan": [{"title": "Patch and reboot", "role": "infrastructure-admin",
          "duration": "PT1H"}], "risk": "LOW", "backoutPlan": "Restore the snapshot"},
         "submit": false}""")
public record PlanBookingRequest(
        @NotNull @Valid PlanRequest plan,
        @NotNull @Valid PlanChange change,
        Boolean submit) {

    /** Whether the changes are submitted once created (absent: no, they stay NEW). */
    public boolean submitted() {
        return Boolean.TRUE.equals(submit);
    }
}
