package dev.lull.servicelevel;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

/** When an outage ended. */
public record OutageEnd(@NotNull Instant end) {
}
