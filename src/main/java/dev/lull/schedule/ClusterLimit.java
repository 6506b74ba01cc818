package dev.lull.schedule;

import java.util.Set;

/** A cluster's member hosts, of which at least {@code minAvailable} must stay up. */
public record ClusterLimit(String name, int minAvailable, Set<String> hosts) {
    public ClusterLimit {
        hosts = Set.copyOf(hosts);
    }
}
