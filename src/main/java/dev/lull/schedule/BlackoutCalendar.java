package dev.lull.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Expands blackout rules into occurrences in real time. A recurrence repeats the first occurrence's local
 * start in the rule's time zone, and each occurrence keeps its local length: a freeze from 22:00 to 06:00
 * local stays 22:00 to 06:00 local across a clock change.
 */
public final class BlackoutCalendar {

    private BlackoutCalendar() {
    }

    /** Why the RRULE is not acceptable, or empty when it is; rules repeating more often than hourly are refused. */
    public static Optional<String> problem(String recurrence) {
        try {
            Frequency frequency = new Recur<ZonedDateTime>(recurrence.trim()).getFrequency();
            if (frequency == Frequency.SECONDLY || frequency == Frequency.MINUTELY) {
                return Optional.of("must not repeat more often than HOURLY");
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("is not an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=FR (" + e.getMessage() + ")");
        }
    }

    /** The occurrences overlapping {@code range}, in time order, at most {@code limit} of them. */
    public static List<Interval> occurrences(BlackoutRule rule, Interval range, int limit) {
        if (!rule.recurs()) {
            Interval only = new Interval(rule.start(), rule.end());
            return only.overlaps(range) ? List.of(only) : List.of();
        }
        ZonedDateTime seed = rule.start().atZone(rule.zone());
        Duration localLength = localLength(rule, seed);
        Duration realLength = Duration.between(rule.start(), rule.end());
        ZonedDateTime from = range.start().minus(realLength).minus(Duration.ofHours(2)).atZone(rule.zone());
        ZonedDateTime to = range.end().atZone(rule.zone());
        Recur<ZonedDateTime> recur = new Recur<>(rule.recurrence());
        return recur.getDates(seed, from, to, limit).stream()
                .map(start -> occurrence(start, localLength))
                .filter(occurrence -> occurrence.overlaps(range))
                .toList();
    }

    private static Duration localLength(BlackoutRule rule, ZonedDateTime seed) {
        LocalDateTime localEnd = rule.end().atZone(rule.zone()).toLocalDateTime();
        Duration local = Duration.between(seed.toLocalDateTime(), localEnd);
        return local.isNegative() || local.isZero() ? Duration.between(rule.start(), rule.end()) : local;
    }

    private static Interval occurrence(ZonedDateTime start, Duration localLength) {
        ZonedDateTime end = start.toLocalDateTime().plus(localLength).atZone(start.getZone());
        return end.toInstant().isAfter(start.toInstant())
                ? new Interval(start.toInstant(), end.toInstant())
                : Interval.of(start.toInstant(), localLength);
    }
}
