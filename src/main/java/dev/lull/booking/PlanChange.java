package dev.lull.booking;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lull.change.ChangeType;
import dev.lull.change.Risk;
import dev.lull.change.StepBody;
import dev.lull.platform.ResourceName;

/**
 * What every change booked from a plan has in common, as a change body has it without hosts and window: each
 * change is titled "{@code title}: {@code host}" (at most 200 characters with a 63-character host name). The type
 * is NORMAL unless given.
 */
public record PlanChange(
        @NotBlank @Size(max = 135) String title,
        @Size(max = 10_000) String description,
        ChangeType type,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid StepBody> plan,
        @Size(max = 20) List<@NotNull @ResourceName String> requiredRoles,
        Risk risk,
        @Size(max = 10_000) String backoutPlan,
        Long template) {
}
