package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.function.LongToDoubleFunction;
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
        return of(span, ZoneOffset.UTC, second -> messagesPerHour.applyAsDouble(Instant.ofEpochSecond(second)));
    }

    /**
     * Integrates a rate in messages per hour, read at the start of each 5-minute slot of {@code span} and given the
     * slot's local time in {@code zone} as seconds since the local epoch; the offset is looked up once per transition.
     */
    static LoadCurve of(Interval span, ZoneId zone, LongToDoubleFunction messagesPerHourAtLocalSecond) {
        Instant first = Instant
                .ofEpochSecond(Math.floorDiv(span.start().getEpochSecond(), SLOT_SECONDS) * SLOT_SECONDS);
        int slots = (int) -Math.floorDiv(-Duration.between(first, span.end()).toSeconds(), SLOT_SECONDS);
        double[] cumulative = new double[slots + 1];
        ZoneRules rules = zone.getRules();
        long offset = rules.getOffset(first).getTotalSeconds();
        ZoneOffsetTransition next = rules.nextTransition(first);
        for (int slot = 0; slot < slots; slot++) {
            long second = first.getEpochSecond() + slot * SLOT_SECONDS;
            if (next != null && second >= next.toEpochSecond()) {
                Instant at = Instant.ofEpochSecond(second);
                offset = rules.getOffset(at).getTotalSeconds();
                next = rules.nextTransition(at);
            }
            cumulative[slot + 1] = cumulative[slot] + messagesPerHourAtLocalSecond.applyAsDouble(second + offset) / 12;
        }
        return new LoadCurve(first, cumulative);
    }

    /** Messages expected within {@code window}, which must lie inside the curve's span. */
    double total(Interval window) {
        return at(window.end()) - at(window.start());
    }

    /** Mean messages per hour within {@code window}. */
    double hourlyMean(Interval window) {
        return total(window) * 3600 / seconds(window.start(), window.end());
    }

    /** Whole seconds from {@code from} to {@code to}, as {@code Duration.between(from, to).toSeconds()} without one. */
    private static long seconds(Instant from, Instant to) {
        return to.getEpochSecond() - from.getEpochSecond()
                + Math.floorDiv(to.getNano() - from.getNano(), 1_000_000_000);
    }

    private double at(Instant instant) {
        double position = seconds(start, instant) / (double) SLOT_SECONDS;
        int slot = (int) Math.floor(position);
        if (slot >= cumulative.length - 1) {
            return cumulative[cumulative.length - 1];
        }
        double fraction = position - slot;
        return cumulative[slot] + fraction * (cumulative[slot + 1] - cumulative[slot]);
    }
}
