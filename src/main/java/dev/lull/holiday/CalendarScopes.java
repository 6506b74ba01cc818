package dev.lull.holiday;

import java.util.Set;

import dev.lull.inventory.Host;

/**
 * The names of the hosts and of the clusters that have a holiday calendar: a host that neither it nor its cluster is
 * among has no holidays, known without reading. Plain Java.
 */
public record CalendarScopes(Set<String> hosts, Set<String> clusters) {
    public CalendarScopes {
        hosts = Set.copyOf(hosts);
        clusters = Set.copyOf(clusters);
    }

    /** Whether the host has a calendar of its own. */
    boolean ownOf(Host host) {
        return hosts.contains(host.name);
    }

    /** Whether the host's cluster has a calendar. */
    boolean clusterOf(Host host) {
        return host.cluster != null && clusters.contains(host.cluster.name);
    }
}
