package dev.lull.servicelevel;

import java.util.List;
import java.util.Optional;

/**
 * Capacity arithmetic in plain Java: percentiles of hourly load, the capacity left when hosts are down, and how
 * many hosts to add. Capacities are messages per minute per host; loads are messages per hour.
 */
public final class CapacityMath {

    private CapacityMath() {
    }

    /** The nearest-rank percentile ({@code p} in (0, 1]) of the values, 0 when there are none. */
    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** The median capacity per minute, 0 when there are none. */
    public static double median(List<Double> capacities) {
        if (capacities.isEmpty()) {
            return 0;
        }
        List<Double> sorted = capacities.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Messages per hour the hosts handle when the largest one is down (the worst single failure). */
    public static double oneDownPerHour(List<Double> capacities) {
        double largest = capacities.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return (sum(capacities) - largest) * 60;
    }

    /** Messages per hour the hosts handle when one of capacity {@code down} per minute is down. */
    public static double withoutPerHour(List<Double> capacities, double down) {
        return (sum(capacities) - down) * 60;
    }

    /** Messages per hour the {@code survivors} smallest hosts handle (the worst set of that many). */
    public static double smallestPerHour(List<Double> capacities, int survivors) {
        return capacities.stream().sorted().limit(Math.max(survivors, 0)).mapToDouble(Double::doubleValue).sum() * 60;
    }

    /** The load's share of a capacity, empty when there is no capacity. */
    public static Optional<Double> utilization(double load, double capacity) {
        return capacity > 0 ? Optional.of(load / capacity) : Optional.empty();
    }

    /**
     * The fewest hosts of median capacity to add so that {@code load} stays at or under {@code threshold} of
     * what is left with the largest host down; 0 when it already does, empty when no host has a capacity.
     */
    public static Optional<Integer> hostsToAdd(List<Double> capacities, double load, double threshold) {
        double median = median(capacities);
        if (median <= 0) {
            return Optional.empty();
        }
        double largest = capacities.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double missing = load / (60 * threshold) - (sum(capacities) - largest);
        int added = (int) Math.max(0, Math.ceil(missing / median) - 1);
        while (threshold * (oneDownPerHour(capacities) + added * median * 60) < load) {
            added++;
        }
        return Optional.of(added);
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }
}
