package dev.lull.schedule;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lull.platform.ResourceName;
import dev.lull.platform.TimeZoneId;

/** A blackout as a client creates or replaces it: the first occurrence, and how it recurs. */
public record BlackoutRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull Instant start,
        @NotNull Instant end,
        @NotNull @TimeZoneId String timeZone,
        @Size(max = 500) String recurrence,
        @Size(max = 500) List<@NotNull @ResourceName String> hosts,
        @Size(max = 100) List<@NotNull @ResourceName String> clusters,
        @NotBlank @Size(max = 1000) String reason) {
}
