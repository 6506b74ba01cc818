package dev.lull.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** One expanded occurrence of a blackout, in real and in local time with the offset in force. */
public record OccurrenceView(
        long blackoutId,
        String name,
        Instant start,
        Instant end,
        String timeZone,
        OffsetDateTime localStart,
        OffsetDateTime localEnd,
        List<String> hosts,
        List<String> clusters,
        String reason) {

    static OccurrenceView of(BlackoutOccurrence occurrence) {
        var zone = occurrence.zone();
        Interval window = occurrence.window();
        return new OccurrenceView(occurrence.blackoutId(), occurrence.name(), window.start(), window.end(),
                zone.getId(), LocalInterval.local(window.start(), zone),
                LocalInterval.local(window.end(), zone), occurrence.hosts().stream().sorted().toList(),
                occurrence.clusters().stream().sorted().toList(), occurrence.reason());
    }
}
