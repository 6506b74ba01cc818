package dev.lull.servicelevel;

import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.platform.ApiNumbers;
import dev.lull.platform.PeriodView;

/**
 * A cluster's hourly load (summed over its hosts that have a capacity) over recent weeks against what its hosts
 * handle with the largest one down and with only {@code minAvailable} of them up; loads and capacities are
 * messages per minute (an hour's total ÷ 60), as a host's {@code capacityPerMinute}.
 */
public record CapacityView(String cluster, int weeks, PeriodView period, int hoursWithLoad,
        @JsonSerialize(using = ApiNumbers.Messages.class) double p95PerMinute,
        @JsonSerialize(using = ApiNumbers.Messages.class) double peakPerMinute,
        @JsonSerialize(using = ApiNumbers.Ratio.class) double threshold, List<String> hostsCounted,
        List<String> hostsWithoutCapacity, Scenario oneHostDown, Scenario minAvailableOnly,
        Recommendation recommendation, List<String> warnings) {

    /** The hosts left in one situation, their capacity, and the share of it p95 and peak load would use. */
    public record Scenario(int hosts, @JsonSerialize(using = ApiNumbers.Messages.class) double capacityPerMinute,
            @JsonSerialize(using = ApiNumbers.Ratio.class) Double p95Utilization,
            @JsonSerialize(using = ApiNumbers.Ratio.class) Double peakUtilization, boolean overThreshold) {
    }

    /** How many hosts of the cluster's median capacity to add, and why. */
    public record Recommendation(int addHosts,
            @JsonSerialize(using = ApiNumbers.Messages.class) double hostCapacityPerMinute, String reason) {
    }
}
