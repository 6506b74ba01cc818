package dev.lull.proposal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A local hour of the week, 0 = Monday 00:00 to 167 = Sunday 23:00, read on the host's wall clock. */
public record HourOfWeek(int index) {
    public static final int COUNT = 168;

    public HourOfWeek {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("hour of week out of range: " + index);
        }
    }

    /** The local hour of week in which a real instant falls, DST included. */
    public static HourOfWeek of(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return new HourOfWeek((local.getDayOfWeek().getValue() - 1) * 24 + local.getHour());
    }

    public DayOfWeek day() {
        return DayOfWeek.of(index / 24 + 1);
    }

    public int hour() {
        return index % 24;
    }

    public boolean weekend() {
        return day() == DayOfWeek.SATURDAY || day() == DayOfWeek.SUNDAY;
    }

    /** The hour {@code delta} hours later, wrapping around the week. */
    public HourOfWeek plus(int delta) {
        return new HourOfWeek(Math.floorMod(index + delta, COUNT));
    }
}
