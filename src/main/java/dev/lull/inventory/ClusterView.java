package dev.lull.inventory;

import java.time.Instant;
import java.util.List;

/** A cluster as the API shows it: its hosts and any warning about its settings. */
public record ClusterView(
        String name,
        String description,
        int minAvailable,
        List<String> hosts,
        List<String> warnings,
        Instant createdAt,
        Instant updatedAt) {

    static ClusterView of(Cluster cluster, List<String> hosts) {
        List<String> warnings = cluster.minAvailable > 0 && hosts.size() <= cluster.minAvailable
                ? List.of("minAvailable " + cluster.minAvailable + " is not below the cluster's " + hosts.size()
                        + " host(s): none of its hosts can ever be taken down for maintenance")
                : List.of();
        return new ClusterView(cluster.name, cluster.description, cluster.minAvailable, hosts, warnings,
                cluster.createdAt, cluster.updatedAt);
    }
}
