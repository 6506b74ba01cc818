package dev.lull.change;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new window for a scheduled change, and why it moves. */
public record RescheduleBody(@NotNull Instant start, @NotNull Instant end, @Size(max = 2000) String comment) {
}
