package dev.lull.schedule;

import java.util.Set;

/** A change already holding its window (SCHEDULED or IMPLEMENT): it takes {@code hosts} down then. */
public record BookedWork(long changeId, String title, Set<String> hosts, Interval window) {
    public BookedWork {
        hosts = Set.copyOf(hosts);
    }
}
