package dev.lull.proposal;

import java.util.List;
import java.util.Map;

import dev.lull.schedule.Interval;

/** One window per host, or the reason none exists; {@code totalExpectedMessages} sums the chosen windows. */
public record ClusterPlan(boolean feasible, Map<String, Interval> windows, double totalExpectedMessages,
        String blockedBy) {
    static ClusterPlan blocked(String reason) {
        return new ClusterPlan(false, Map.of(), Double.NaN, reason);
    }

    static ClusterPlan of(Map<String, Interval> windows, double total) {
        return new ClusterPlan(true, Map.copyOf(windows), total, null);
    }

    public List<String> hosts() {
        return windows.keySet().stream().sorted().toList();
    }
}
