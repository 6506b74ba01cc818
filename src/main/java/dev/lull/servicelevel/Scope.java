package dev.lull.servicelevel;

import java.time.ZoneId;
import java.util.Set;

/**
 * What availability is measured for ({@code kind} HOST or CLUSTER): a cluster, down while fewer than {@code minAvailable} of its hosts are up,
 * or a single host (a scope of one that needs itself). Periods of days are counted in {@code zone}.
 */
public record Scope(String kind, String name, Set<String> hosts, int minAvailable, ZoneId zone) {
    public static final String HOST = "HOST";
    public static final String CLUSTER = "CLUSTER";

    public Scope {
        hosts = Set.copyOf(hosts);
    }

    public static Scope host(String name, ZoneId zone) {
        return new Scope(HOST, name, Set.of(name), 1, zone);
    }

    public static Scope cluster(String name, Set<String> hosts, int minAvailable, ZoneId zone) {
        return new Scope(CLUSTER, name, hosts, minAvailable, zone);
    }
}
