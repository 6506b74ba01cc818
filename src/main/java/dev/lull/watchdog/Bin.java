package dev.lull.watchdog;

import java.time.Instant;

/** The messages of a host in one step starting at {@code at} (the raw samples of that step summed). */
public record Bin(Instant at, double messages) {
}
