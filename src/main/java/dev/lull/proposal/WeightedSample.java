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
        double[] sortedValues = Arrays.copyOf(values, size);
        double[] sortedWeights = Arrays.copyOf(weights, size);
        sortTogether(sortedValues, sortedWeights, 0, size - 1);
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += sortedWeights[i];
        }
        double cumulative = 0;
        for (int i = 0; i < size; i++) {
            cumulative += sortedWeights[i];
            if (cumulative >= q * total) {
                return sortedValues[i];
            }
        }
        return sortedValues[size - 1];
    }

    /**
     * The weighted conformal quantile: the smallest value whose cumulative weight reaches {@code q} × (the total
     * weight + {@code next}, the weight of the value to come); the largest value when none does.
     */
    double conformalQuantile(double q, double next) {
        double total = next;
        for (int i = 0; i < size; i++) {
            total += weights[i];
        }
        double[] sortedValues = Arrays.copyOf(values, size);
        double[] sortedWeights = Arrays.copyOf(weights, size);
        sortTogether(sortedValues, sortedWeights, 0, size - 1);
        double cumulative = 0;
        for (int i = 0; i < size; i++) {
            cumulative += sortedWeights[i];
            if (cumulative >= q * total) {
                return sortedValues[i];
            }
        }
        return sortedValues[size - 1];
    }

    /** Sorts {@code values} ascending in [low, high], moving each weight with its value (quicksort, no boxing). */
    static void sortTogether(double[] values, double[] weights, int low, int high) {
        while (low < high) {
            double pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(values, i, j);
                    swap(weights, i, j);
                    i++;
                    j--;
                }
            }
            if (j - low < high - i) {
                sortTogether(values, weights, low, j);
                low = i;
            } else {
                sortTogether(values, weights, i, high);
                high = j;
            }
        }
    }

    private static void swap(double[] array, int i, int j) {
        double kept = array[i];
        array[i] = array[j];
        array[j] = kept;
    }
}
