package dev.lull.proposal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.function.ToDoubleFunction;

import dev.lull.schedule.Interval;

/** Cumulative messages over a span at 5-minute resolution, so any window's total is two look-ups. */
final class LoadCurve {
    private static final long SLOT_SECONDS = LoadSeries.FIVE_MINUTES.toSeconds();

    private final Instant start;
    private final double[] cumulative;
    private final int slots;

    private LoadCurve(Instant start, double[] cumulative, int slots) {
        this.start = start;
        this.cumulative = cumulative;
        this.slots = slots;
    }

    /** Integrates a rate in messages per hour, read at the start of each 5-minute slot of {@code span}. */
    static LoadCurve of(Interval span, ToDoubleFunction<Instant> messagesPerHour) {
        return of(span, ZoneOffset.UTC, null, (localSecond, rates, from, count) -> {
            for (int slot = 0; slot < count; slot++) {
                rates[from + slot] = messagesPerHour
                        .applyAsDouble(Instant.ofEpochSecond(localSecond + slot * SLOT_SECONDS));
            }
        });
    }

    /** Integrates one of {@code forecast}'s rates over {@code span}, in its zone. */
    static LoadCurve of(Interval span, LoadForecast forecast, LoadForecast.Rate rate) {
        return of(span, forecast, rate, null);
    }

    /**
     * The same, its sums written into {@code buffer} when that is long enough (the curve is then valid until the buffer
     * is used again): for curves made one after another and dropped, such as a calibration's weeks.
     */
    static LoadCurve of(Interval span, LoadForecast forecast, LoadForecast.Rate rate, double[] buffer) {
        return of(span, forecast.zone(), buffer, (localSecond, rates, from, count) -> forecast.fill(rate, localSecond,
                rates, from, count));
    }

    /** The length of the buffer a curve over {@code span} needs. */
    static int length(Interval span) {
        long first = Math.floorDiv(span.start().getEpochSecond(), SLOT_SECONDS) * SLOT_SECONDS;
        return (int) -Math.floorDiv(-seconds(Instant.ofEpochSecond(first), span.end()), SLOT_SECONDS) + 1;
    }

    /**
     * Integrates a rate in messages per hour, read at the start of each 5-minute slot of {@code span}, given in runs of
     * slots between the zone's transitions as local times (seconds since the local epoch).
     */
    private static LoadCurve of(Interval span, ZoneId zone, double[] buffer, SlotRates slotRates) {
        long first = Math.floorDiv(span.start().getEpochSecond(), SLOT_SECONDS) * SLOT_SECONDS;
        Instant start = Instant.ofEpochSecond(first);
        int slots = length(span) - 1;
        double[] cumulative = buffer != null && buffer.length > slots ? buffer : new double[slots + 1];
        cumulative[0] = 0;
        ZoneRules rules = zone.getRules();
        for (int slot = 0; slot < slots;) {
            Instant at = Instant.ofEpochSecond(first + slot * SLOT_SECONDS);
            ZoneOffsetTransition next = rules.nextTransition(at);
            int until = next == null
                    ? slots
                    : (int) Math.min(slots, -Math.floorDiv(first - next.toEpochSecond(), SLOT_SECONDS));
            slotRates.fill(at.getEpochSecond() + rules.getOffset(at).getTotalSeconds(), cumulative, slot + 1,
                    until - slot);
            slot = until;
        }
        for (int slot = 0; slot < slots; slot++) {
            cumulative[slot + 1] = cumulative[slot] + cumulative[slot + 1] / 12;
        }
        return new LoadCurve(start, cumulative, slots);
    }

    /** Rates in messages per hour of consecutive 5-minute slots, the first at a local second. */
    @FunctionalInterface
    private interface SlotRates {
        /** Writes the rates at {@code localSecond} and every 5 minutes after into {@code rates[from, from + count)}. */
        void fill(long localSecond, double[] rates, int from, int count);
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

    /** Mean messages per hour from {@code startSecond} to {@code endSecond} (epoch seconds), as for a window. */
    double hourlyMean(long startSecond, long endSecond) {
        long first = start.getEpochSecond();
        return (at(endSecond - first) - at(startSecond - first)) * 3600 / (endSecond - startSecond);
    }

    private double at(Instant instant) {
        return at(seconds(start, instant));
    }

    /** The cumulative messages {@code seconds} after the curve's start. */
    private double at(long seconds) {
        double position = seconds / (double) SLOT_SECONDS;
        int slot = (int) Math.floor(position);
        if (slot >= slots) {
            return cumulative[slots];
        }
        double fraction = position - slot;
        return cumulative[slot] + fraction * (cumulative[slot + 1] - cumulative[slot]);
    }
}
