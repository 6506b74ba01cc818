package dev.lull.change;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lull.platform.ResourceName;

/** A change request as its requester creates or edits it. */
public record ChangeBody(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 10_000) String description,
        @NotNull ChangeType type,
        @NotEmpty @Size(max = 200) List<@NotNull @ResourceName String> hosts,
        @NotNull @Valid WindowBody window,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid StepBody> plan,
        @Size(max = 20) List<@NotNull @ResourceName String> requiredRoles,
        Risk risk,
        @Size(max = 10_000) String backoutPlan,
        @Size(max = 1000) String blackoutOverride,
        Long template) {
}
