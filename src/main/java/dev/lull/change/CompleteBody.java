package dev.lull.change;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How implementation ended; the actual start defaults to when it started, the actual end to now. */
public record CompleteBody(
        @NotNull Outcome outcome,
        @Size(max = 4000) String comment,
        Instant actualStart,
        Instant actualEnd) {
}
