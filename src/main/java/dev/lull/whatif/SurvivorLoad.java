package dev.lull.whatif;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.lull.schedule.Interval;
import dev.lull.servicelevel.CapacityMath;
import dev.lull.whatif.WhatIfEngine.PastWindow;

/**
 * A cluster's load in past windows against what its hosts left up can carry, by the capacity advice's rule
 * ({@link CapacityMath}: capacities per minute, the down hosts' capacity taken away, load of rated hosts only, over
 * the threshold share means too busy). The down hosts' load stays in: their traffic moves to the survivors.
 */
public final class SurvivorLoad {
    private static final double MINUTES_PER_HOUR = 60;

    private SurvivorLoad() {
    }

    /** The replay of {@code windows} for a cluster whose {@code members} map to their capacity per minute (or null). */
    public static ClusterReplay replay(String cluster, int minAvailable, Map<String, Double> members,
            Set<String> down, Map<String, HourlyLoad> loads, List<PastWindow> windows, double threshold) {
        Map<String, Double> rated = new TreeMap<>();
        members.forEach((host, capacity) -> {
            if (capacity != null) {
                rated.put(host, capacity);
            }
        });
        double downCapacity = rated.entrySet().stream().filter(e -> down.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
        double capacityPerHour = CapacityMath.withoutPerHour(List.copyOf(rated.values()), downCapacity);
        List<CapacityWeek> weeks = windows.stream()
                .map(past -> week(past, rated.keySet(), loads, capacityPerHour, threshold)).toList();
        int over = (int) weeks.stream().filter(week -> Boolean.TRUE.equals(week.overThreshold())).count();
        List<String> sorted = members.keySet().stream().sorted().toList();
        return new ClusterReplay(cluster, minAvailable, sorted.stream().filter(down::contains).toList(),
                sorted.stream().filter(host -> !down.contains(host)).toList(),
                sorted.stream().filter(host -> members.get(host) == null).toList(),
                capacityPerHour / MINUTES_PER_HOUR, threshold, weeks, over,
                verdict(rated.isEmpty(), weeks, over, threshold));
    }

    private static CapacityWeek week(PastWindow past, Set<String> rated, Map<String, HourlyLoad> loads,
            double capacityPerHour, double threshold) {
        Interval window = past.window();
        long first = Math.floorDiv(window.start().getEpochSecond(), 3600);
        long last = -Math.floorDiv(-window.end().getEpochSecond(), 3600);
        double peak = 0;
        for (long hour = first; hour < last; hour++) {
            double sum = 0;
            for (String host : rated) {
                HourlyLoad load = loads.get(host);
                sum += load == null ? Double.NaN : load.hour(hour);
            }
            if (Double.isNaN(sum) || rated.isEmpty()) {
                return new CapacityWeek(past.weeksBack(), window, null, null, null);
            }
            peak = Math.max(peak, sum);
        }
        Optional<Double> share = CapacityMath.utilization(peak, capacityPerHour);
        boolean over = share.map(value -> value > threshold).orElse(peak > 0);
        return new CapacityWeek(past.weeksBack(), window, peak / MINUTES_PER_HOUR, share.orElse(null), over);
    }

    private static String verdict(boolean unrated, List<CapacityWeek> weeks, int over, double threshold) {
        if (unrated) {
            return "no host of the cluster has a capacityPerMinute: set it on the hosts to compare";
        }
        List<CapacityWeek> known = weeks.stream().filter(week -> week.peakPerMinute() != null).toList();
        if (known.isEmpty()) {
            return "no complete load history of the cluster for this window in the last " + weeks.size() + " weeks";
        }
        CapacityWeek worst = known.stream().max(Comparator.comparingDouble(CapacityWeek::peakPerMinute)).get();
        String peak = worst.utilization() == null
                ? "no host would be left up"
                : String.format(Locale.ROOT, "peak %.0f %% of the survivors' capacity", worst.utilization() * 100);
        return String.format(Locale.ROOT, "over %.0f %% of the survivors' capacity in %d of %d weeks with data; %s",
                threshold * 100, over, known.size(), peak);
    }
}
