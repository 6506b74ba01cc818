package dev.lull.whatif;

import dev.lull.schedule.Interval;

/**
 * A cluster in one replayed window: the peak hourly load of its rated hosts (per minute), its share of the surviving
 * hosts' capacity and whether that is over the capacity threshold; null figures when an hour is missing.
 */
public record CapacityWeek(int weeksBack, Interval window, Double peakPerMinute, Double utilization,
        Boolean overThreshold) {
}
