package dev.lull.servicelevel;

import java.time.Instant;
import java.util.List;

/**
 * A cluster's hourly load (summed over its hosts that have a capacity) over recent weeks against what its hosts
 * handle with the largest one down and with only {@code minAvailable} of them up; loads and capacities are
 * messages per hour.
 */
public record CapacityView(String cluster, int weeks, Instant from, Instant to, int hoursWithLoad, double p95,
        double peak, double threshold, List<String> hostsCounted, List<String> hostsWithoutCapacity,
        Scenario oneHostDown, Scenario minAvailableOnly, Recommendation recommendation, List<String> warnings) {

    /** The hosts left in one situation, their capacity, and the share of it p95 and peak load would use. */
    public record Scenario(int hosts, double capacityPerHour, Double p95Utilization, Double peakUtilization,
            boolean overThreshold) {
    }

    /** How many hosts of the cluster's median capacity to add, and why. */
    public record Recommendation(int addHosts, double hostCapacityPerMinute, String reason) {
    }
}
