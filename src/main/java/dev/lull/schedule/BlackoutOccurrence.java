package dev.lull.schedule;

import java.time.ZoneId;
import java.util.Set;

/** One occurrence of a blackout in real time, with what it covers; no hosts and no clusters cover every host. */
public record BlackoutOccurrence(long blackoutId, String name, Interval window, ZoneId zone, Set<String> hosts,
        Set<String> clusters, String reason) {
    public BlackoutOccurrence {
        hosts = Set.copyOf(hosts);
        clusters = Set.copyOf(clusters);
    }

    /** Whether it covers the host, which belongs to {@code cluster} (null for none). */
    public boolean appliesTo(String host, String cluster) {
        if (hosts.isEmpty() && clusters.isEmpty()) {
            return true;
        }
        return hosts.contains(host) || cluster != null && clusters.contains(cluster);
    }
}
