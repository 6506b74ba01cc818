package dev.lull.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** An interval in real time and in one host's local time, with the offset in force at each end, and the zone. */
public record LocalInterval(Instant start, Instant end, String timeZone, OffsetDateTime localStart,
        OffsetDateTime localEnd) {

    public static LocalInterval of(Interval interval, ZoneId zone) {
        return of(interval.start(), interval.end(), zone);
    }

    public static LocalInterval of(Instant start, Instant end, ZoneId zone) {
        return new LocalInterval(start, end, zone.getId(), local(start, zone), local(end, zone));
    }

    /** The instant as local date and time with its offset in {@code zone}, or null for null. */
    public static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
