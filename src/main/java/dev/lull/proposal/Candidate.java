package dev.lull.proposal;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One proposed window. {@code expectedMessages} and {@code p90Messages} are totals over the window (null when there
 * is no history at all); {@code expectedPeakRatio} is its mean hourly load ÷ the host's typical peak hour.
 */
public record Candidate(Instant start, Instant end, OffsetDateTime localStart, OffsetDateTime localEnd,
        Double expectedMessages, Double expectedPeakRatio, Double p90Messages, Confidence confidence, String reason) {
}
