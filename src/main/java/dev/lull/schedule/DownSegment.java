package dev.lull.schedule;

import java.util.Set;

/** A stretch of time during which exactly the same hosts are down. */
public record DownSegment(Interval interval, Set<String> hostsDown) {
    public DownSegment {
        hostsDown = Set.copyOf(hostsDown);
    }
}
