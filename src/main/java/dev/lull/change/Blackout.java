package dev.lull.change;

import java.util.Set;

import dev.lull.schedule.Interval;

/** A named period in which no change may touch the listed hosts. */
public record Blackout(String name, Set<String> hosts, Interval window) {
    public Blackout {
        hosts = Set.copyOf(hosts);
    }
}
