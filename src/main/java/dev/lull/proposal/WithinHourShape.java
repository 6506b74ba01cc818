package dev.lull.proposal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

import dev.lull.platform.Bytes;

/** How load spreads over the twelve 5-minute slots of each local hour of day, learnt from raw samples. */
final class WithinHourShape {
    private static final int SLOTS = 12;
    static final WithinHourShape UNIFORM = new WithinHourShape(uniform());

    private final double[][] factors;

    private WithinHourShape(double[][] factors) {
        this.factors = factors;
    }

    /**
     * The median share of each slot in its hour, per local hour of day, from the hours whose twelve slots all hold a
     * sample and some load; uniform where there is none (the shared {@link #UNIFORM} if there is none at all).
     */
    static WithinHourShape learn(LoadSeries history) {
        if (history.fiveMinuteSamples() < SLOTS) {
            return UNIFORM;
        }
        WeightedSample[][] ratios = new WeightedSample[24][SLOTS];
        for (WeightedSample[] hour : ratios) {
            Arrays.setAll(hour, slot -> new WeightedSample());
        }
        int firstHour = history.firstFiveMinuteSample() / SLOTS * SLOTS;
        boolean learnt = false;
        for (int first = firstHour; first + SLOTS <= history.fiveMinuteSamples(); first += SLOTS) {
            learnt |= addHour(history, first, ratios);
        }
        if (!learnt) {
            return UNIFORM;
        }
        double[][] factors = uniform();
        for (int hour = 0; hour < 24; hour++) {
            for (int slot = 0; slot < SLOTS; slot++) {
                factors[hour][slot] = ratios[hour][slot].isEmpty() ? 1 : ratios[hour][slot].quantile(0.5);
            }
            normalise(factors[hour]);
        }
        return new WithinHourShape(factors);
    }

    /** Adds the hour starting at 5-minute slot {@code first} if it is whole and has load; whether it did. */
    private static boolean addHour(LoadSeries history, int first, WeightedSample[][] ratios) {
        double sum = 0;
        for (int i = first; i < first + SLOTS; i++) {
            sum += history.fiveMinuteSample(i);
        }
        double mean = sum / SLOTS;
        if (!(mean > 0)) {
            return false;
        }
        int hour = history.fiveMinuteStart(first).atZone(history.zone()).getHour();
        for (int slot = 0; slot < SLOTS; slot++) {
            ratios[hour][slot].add(history.fiveMinuteSample(first + slot) / mean, 1);
        }
        return true;
    }

    private static void normalise(double[] slots) {
        double mean = Arrays.stream(slots).average().orElse(1);
        for (int slot = 0; slot < SLOTS; slot++) {
            slots[slot] = mean > 0 ? slots[slot] / mean : 1;
        }
    }

    private static double[][] uniform() {
        double[][] factors = new double[24][SLOTS];
        for (double[] hour : factors) {
            Arrays.fill(hour, 1);
        }
        return factors;
    }

    /** Estimated retained bytes; 0 for the shared uniform shape. */
    long bytes() {
        return this == UNIFORM ? 0 : Bytes.object(1, 0) + Bytes.references(24) + 24 * Bytes.doubles(SLOTS);
    }

    /** The factor at a local time given as seconds since the local epoch. */
    double factorAt(long localSecond) {
        return factors[(int) (Math.floorMod(localSecond, 86_400) / 3600)][(int) (Math.floorMod(localSecond, 3600)
                / 300)];
    }

    /** The factor of a 5-minute {@code slot} (0–11) of a local hour of day. */
    double factor(int hourOfDay, int slot) {
        return factors[hourOfDay][slot];
    }

    double factor(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return factors[local.getHour()][local.getMinute() / 5];
    }
}
