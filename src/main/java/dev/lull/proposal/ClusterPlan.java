package dev.lull.proposal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.lull.schedule.Interval;

/** One candidate per host, or the reason none exists; {@code totalExpectedMessages} sums the chosen windows. */
public record ClusterPlan(boolean feasible, Map<String, Candidate> chosen, double totalExpectedMessages,
        String blockedBy) {
    static ClusterPlan blocked(String reason) {
        return new ClusterPlan(false, Map.of(), Double.NaN, reason);
    }

    static ClusterPlan of(Map<String, Candidate> chosen, double total) {
        return new ClusterPlan(true, Map.copyOf(chosen), total, null);
    }

    /** The chosen window of each host. */
    public Map<String, Interval> windows() {
        return chosen.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> new Interval(entry.getValue().start(), entry.getValue().end())));
    }

    public List<String> hosts() {
        return chosen.keySet().stream().sorted().toList();
    }
}
