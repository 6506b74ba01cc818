package dev.lull.platform;

import java.time.Instant;

/** A period of real time as every API answer names it: {@code period: {from, to}}, from inclusive, to exclusive. */
public record PeriodView(Instant from, Instant to) {
}
