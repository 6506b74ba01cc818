package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;

import dev.lull.schedule.Interval;

/** Cumulative messages over a span at 5-minute resolution, so any window's total is two look-ups. */
final class LoadCurve {
    private static final long SLOT_SECONDS = LoadSeries.FIVE_MINUTES.toSeconds();

    private final Instant start;
    private final double[] cumulative;

    private LoadCurve(Instant start, double[] cumulative) {
        this.start = start;
        this.cumulative = cumulative;
    }

    /** Integrates a rate in messages per hour, read at the start of each 5-minute slot of {@code span}. */
    static LoadCurve of(Interval span, ToDoubleFunction<Instant> messagesPerHour) {
        Instant first = Instant
                .ofEpochSecond(Math.floorDiv(span.start().getEpochSecond(), SLOT_SECONDS) * SLOT_SECONDS);
        int slots = (int) -Math.floorDiv(-Duration.between(first, span.end()).toSeconds(), SLOT_SECONDS);
        double[] cumulative = new double[slots + 1];
        for (int slot = 0; slot < slots; slot++) {
            Instant at = first.plusSeconds(slot * SLOT_SECONDS);
            cumulative[slot + 1] = cumulative[slot] + messagesPerHour.applyAsDouble(at) / 12;
        }
        return new LoadCurve(first, cumulative);
    }

    /** Messages expected within {@code window}, which must lie inside the curve's span. */
    double total(Interval window) {
        return at(window.end()) - at(window.start());
    }

    /** Mean messages per hour within {@code window}. */
    double hourlyMean(Interval window) {
        return total(window) * 3600 / window.length().toSeconds();
    }

    private double at(Instant instant) {
        double position = Duration.between(start, instant).toSeconds() / (double) SLOT_SECONDS;
        int slot = (int) Math.floor(position);
        if (slot >= cumulative.length - 1) {
            return cumulative[cumulative.length - 1];
        }
        double fraction = position - slot;
        return cumulative[slot] + fraction * (cumulative[slot + 1] - cumulative[slot]);
    }
}
