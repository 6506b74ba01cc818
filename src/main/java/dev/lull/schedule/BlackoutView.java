package dev.lull.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** A blackout as the API shows it, its first occurrence also in local time with the offset in force. */
public record BlackoutView(
        long id,
        String name,
        Instant start,
        Instant end,
        String timeZone,
        OffsetDateTime localStart,
        OffsetDateTime localEnd,
        String recurrence,
        List<String> hosts,
        List<String> clusters,
        String reason,
        Instant createdAt,
        Instant updatedAt) {

    static BlackoutView of(Blackout blackout) {
        var zone = blackout.rule().zone();
        return new BlackoutView(blackout.id, blackout.name, blackout.startAt, blackout.endAt, blackout.timeZone,
                LocalInterval.local(blackout.startAt, zone), LocalInterval.local(blackout.endAt, zone),
                blackout.recurrence, blackout.hosts, blackout.clusters, blackout.reason, blackout.createdAt,
                blackout.updatedAt);
    }
}
