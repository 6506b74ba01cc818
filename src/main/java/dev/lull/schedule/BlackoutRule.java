package dev.lull.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** When a blackout happens: its first occurrence, its time zone and an optional RFC 5545 RRULE. */
public record BlackoutRule(Instant start, Instant end, ZoneId zone, String recurrence) {
    public BlackoutRule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        recurrence = recurrence == null || recurrence.isBlank() ? null : recurrence.trim();
    }

    public boolean recurs() {
        return recurrence != null;
    }
}
