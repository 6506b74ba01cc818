package dev.lull.change;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lull.platform.ResourceName;

/** A plan step as a requester writes it; no duration counts as zero. */
public record StepBody(
        @NotBlank @Size(max = 200) String title,
        @NotNull @ResourceName String role,
        Duration duration) {
}
