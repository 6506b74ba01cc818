package dev.lull.whatif;

import java.util.List;

/**
 * A cluster's replay with the change's hosts down: who is down and up, the survivors' capacity per minute (hosts
 * without a capacity count neither load nor capacity), the threshold, each week and a one-line verdict.
 */
public record ClusterReplay(String cluster, int minAvailable, List<String> hostsDown, List<String> hostsUp,
        List<String> unrated, double survivorCapacityPerMinute, double threshold, List<CapacityWeek> weeks,
        int weeksOverThreshold, String verdict) {
    public ClusterReplay {
        hostsDown = List.copyOf(hostsDown);
        hostsUp = List.copyOf(hostsUp);
        unrated = List.copyOf(unrated);
        weeks = List.copyOf(weeks);
    }
}
