package dev.lull.schedule;

import java.util.Set;

/** One occurrence of a blackout, with the hosts it freezes among those asked about. */
public record BlackoutWindow(String name, Set<String> hosts, Interval window) {
    public BlackoutWindow {
        hosts = Set.copyOf(hosts);
    }
}
