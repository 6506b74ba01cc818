package dev.lull.change;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

/** A window of real time {@code [start, end)}, in requests and responses. */
public record WindowBody(@NotNull Instant start, @NotNull Instant end) {
}
