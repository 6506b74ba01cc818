package dev.lull.schedule;

import java.util.List;

/** A stretch of time during which a cluster has fewer available hosts than it needs; hosts down in name order. */
public record ClusterShortfall(Interval interval, int available, int minAvailable, List<String> hostsDown) {
    public ClusterShortfall {
        hostsDown = hostsDown.stream().sorted().toList();
    }
}
