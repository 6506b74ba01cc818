package dev.lull.proposal;

import java.util.Arrays;

/** Values with weights, from which weighted quantiles (median, p90) are read. */
final class WeightedSample {
    private double[] values = new double[16];
    private double[] weights = new double[16];
    private int size;

    void add(double value, double weight) {
        if (weight <= 0 || Double.isNaN(value)) {
            return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
        }
        values[size] = value;
        weights[size] = weight;
        size++;
    }

    /** Adds every value of this sample to {@code target}, weights multiplied by {@code factor}. */
    void copyInto(WeightedSample target, double factor) {
        for (int i = 0; i < size; i++) {
            target.add(values[i], weights[i] * factor);
        }
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The smallest value whose cumulative weight reaches {@code q} of the total weight. */
    double quantile(double q) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += weights[i];
        }
        double cumulative = 0;
        for (Integer i : order) {
            cumulative += weights[i];
            if (cumulative >= q * total) {
                return values[i];
            }
        }
        return values[order[size - 1]];
    }
}
