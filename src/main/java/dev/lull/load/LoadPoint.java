package dev.lull.load;

import java.time.Instant;

/** Messages handled in one step starting at {@code at}, summed over {@code samples} samples. */
public record LoadPoint(Instant at, double messages, long samples) {
}
