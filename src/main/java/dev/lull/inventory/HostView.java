package dev.lull.inventory;

import java.time.Instant;
import java.util.List;

/** A host as the API shows it. */
public record HostView(
        String name,
        String timeZone,
        String cluster,
        String role,
        Double capacityPerMinute,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt) {

    static HostView of(Host host) {
        return new HostView(host.name, host.timeZone, host.cluster == null ? null : host.cluster.name, host.role,
                host.capacityPerMinute, host.tags, host.createdAt, host.updatedAt);
    }
}
