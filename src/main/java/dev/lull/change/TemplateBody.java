package dev.lull.change;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lull.platform.ResourceName;

/** A standard change template as a change manager writes it: its scope is hosts, clusters or both. */
public record TemplateBody(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 10_000) String description,
        @Size(max = 200) List<@NotNull @ResourceName String> hosts,
        @Size(max = 50) List<@NotNull @ResourceName String> clusters,
        @NotNull Duration maxDuration,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid StepBody> plan) {
}
