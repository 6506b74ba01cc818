package dev.lull.servicelevel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** An outage as the API shows it; {@code duration} is how long it lasted, or has lasted so far when ongoing. */
public record OutageView(long id, List<String> hosts, String cluster, Instant start, Instant end, boolean ongoing,
        Duration duration, String cause, String reportedBy, Instant createdAt, Instant updatedAt) {

    static OutageView of(Outage outage, Instant now) {
        Duration lasted = outage.lastedUntil(outage.endAt != null ? outage.endAt : now)
                .map(interval -> interval.length()).orElse(Duration.ZERO);
        return new OutageView(outage.id, outage.hosts.stream().sorted().toList(), outage.clusterName,
                outage.startAt, outage.endAt, outage.endAt == null, lasted, outage.cause, outage.reportedBy,
                outage.createdAt, outage.updatedAt);
    }
}
