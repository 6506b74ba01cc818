package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lull.platform.ResourceName;

/** Plan one window per host of a cluster, or of the listed hosts, in a period. */
public record PlanRequest(
        @ResourceName String cluster,
        @Size(max = 200) List<@NotNull @ResourceName String> hosts,
        @NotNull Duration duration,
        Instant from,
        Instant to,
        Duration step) {
}
