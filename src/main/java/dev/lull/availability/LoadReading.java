package dev.lull.availability;

import java.time.Duration;

import dev.lull.load.HostLoadTotal;

/** A host's average load per minute over a span, and its share of the host's capacity. */
record LoadReading(HostLoadTotal total, Duration span, double perMinute, double ratio) {

    /** Messages in the span divided by its minutes, against the host's capacity per minute. */
    static LoadReading of(HostLoadTotal total, Duration span) {
        double minutes = span.toMillis() / 60_000.0;
        double perMinute = total.messages() / minutes;
        return new LoadReading(total, span, perMinute, ThresholdRule.ratio(perMinute, total.capacityPerMinute()));
    }

    /** Whether the load lies above {@code threshold} times the capacity. */
    boolean exceeds(double threshold) {
        return ThresholdRule.exceeds(perMinute, total.capacityPerMinute(), threshold);
    }

    /** Whether there was any sample to judge by; a silent host is neither high nor recovered. */
    boolean hasSamples() {
        return total.samples() > 0;
    }
}
