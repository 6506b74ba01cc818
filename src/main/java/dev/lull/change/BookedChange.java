package dev.lull.change;

import java.util.Set;

import dev.lull.schedule.Interval;

/** Another change already holding a window: SCHEDULED or IMPLEMENT. */
public record BookedChange(long id, ChangeStatus status, Set<String> hosts, Interval window) {
    public BookedChange {
        hosts = Set.copyOf(hosts);
    }
}
