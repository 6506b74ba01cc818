package dev.lull.proposal;

import java.util.Arrays;
import java.util.BitSet;

/** Past hourly values grouped by local hour of week, each with its recency weight. */
final class WeekBuckets {
    private final WeightedSample[] byHour = new WeightedSample[HourOfWeek.COUNT];
    private final WeightedSample all = new WeightedSample();
    private final WeightedSample latestWeek = new WeightedSample();
    private final BitSet ages = new BitSet();
    private int samples;

    WeekBuckets() {
        Arrays.setAll(byHour, index -> new WeightedSample());
    }

    void add(HourOfWeek hour, double value, double weight, int age) {
        byHour[hour.index()].add(value, weight);
        all.add(value, weight);
        if (age == 0) {
            latestWeek.add(value, 1);
        }
        ages.set(age);
        samples++;
    }

    int weeks() {
        return ages.cardinality();
    }

    int samples() {
        return samples;
    }

    void addTo(WeightedSample sample, HourOfWeek hour, double factor) {
        byHour[hour.index()].copyInto(sample, factor);
    }

    void addSameHourTo(WeightedSample sample, int hourOfDay) {
        for (int day = 0; day < 7; day++) {
            byHour[day * 24 + hourOfDay].copyInto(sample, 1);
        }
    }

    void addAllTo(WeightedSample sample) {
        all.copyInto(sample, 1);
    }

    double overallQuantile(double q) {
        return all.isEmpty() ? 0 : all.quantile(q);
    }

    /** The median of the most recent week, the level a series without cycles is expected to keep. */
    double recentLevel() {
        return latestWeek.isEmpty() ? overallQuantile(0.5) : latestWeek.quantile(0.5);
    }

    /** (max − min) ÷ max over the known values, 0 when there is nothing to compare. */
    static double amplitude(double[] values) {
        double max = Arrays.stream(values).filter(v -> !Double.isNaN(v)).max().orElse(0);
        double min = Arrays.stream(values).filter(v -> !Double.isNaN(v)).min().orElse(0);
        return max > 0 ? (max - min) / max : 0;
    }
}
