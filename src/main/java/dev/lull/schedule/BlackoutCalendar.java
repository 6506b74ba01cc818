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

    /** The largest COUNT a rule may have. */
    static final int MAX_COUNT = 10_000;

    private BlackoutCalendar() {
    }

    /**
     * Why the RRULE is not acceptable, or empty when it is. Refused: rules that repeat more often than hourly, by
     * their frequency or through BY-parts (more than one BYMINUTE or BYSECOND), and a COUNT over {@value #MAX_COUNT}.
     */
    public static Optional<String> problem(String recurrence) {
        try {
            Recur<ZonedDateTime> recur = new Recur<>(recurrence.trim());
            Frequency frequency = recur.getFrequency();
            if (frequency == Frequency.SECONDLY || frequency == Frequency.MINUTELY) {
                return Optional.of("must not repeat more often than HOURLY");
            }
            if (recur.getMinuteList().size() > 1 || recur.getSecondList().size() > 1) {
                return Optional.of("must not repeat more often than hourly: BYMINUTE and BYSECOND take one value each");
            }
            if (recur.getCount() > MAX_COUNT) {
                return Optional.of("COUNT must be at most " + MAX_COUNT);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("is not an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=FR (" + e.getMessage() + ")");
        }
    }

    /** The occurrences overlapping {@code range}, in time order, at most {@code limit} of them. */
    public static List<Interval> occurrences(BlackoutRule rule, Interval range, int limit) {
        return expand(rule, range, limit).occurrences();
    }

    /**
     * The occurrences overlapping {@code range}, in time order, at most {@code limit} of them, and whether more were
     * left out. The work is proportional to the range, not to how far it lies from the rule's start.
     */
    public static Expansion expand(BlackoutRule rule, Interval range, int limit) {
        if (!rule.recurs()) {
            Interval only = new Interval(rule.start(), rule.end());
            return new Expansion(only.overlaps(range) ? List.of(only) : List.of(), false);
        }
        ZonedDateTime seed = rule.start().atZone(rule.zone());
        Duration localLength = localLength(rule, seed);
        Duration realLength = Duration.between(rule.start(), rule.end());
        ZonedDateTime from = range.start().minus(realLength).minus(Duration.ofHours(2)).atZone(rule.zone());
        ZonedDateTime to = range.end().atZone(rule.zone());
        Recur<ZonedDateTime> recur = new Recur<>(rule.recurrence());
        List<ZonedDateTime> starts = recur.getDates(fastForward(recur, seed, from), from, to, limit + 1);
        boolean truncated = starts.size() > limit;
        List<Interval> found = starts.stream().limit(limit)
                .map(start -> occurrence(start, localLength))
                .filter(occurrence -> occurrence.overlaps(range))
                .toList();
        return new Expansion(found, truncated);
    }

    /**
     * For an HOURLY rule without COUNT, the seed moved forward by whole intervals to just before {@code from}: the
     * same occurrences from there on, without stepping through every hour since the rule began.
     */
    static ZonedDateTime fastForward(Recur<ZonedDateTime> recur, ZonedDateTime seed, ZonedDateTime from) {
        if (recur.getFrequency() != Frequency.HOURLY || recur.getCount() >= 1) {
            return seed;
        }
        long interval = Math.max(1, recur.getInterval());
        long intervals = Duration.between(seed, from).toHours() / interval - 1;
        if (intervals <= 0) {
            return seed;
        }
        ZonedDateTime moved = seed.plusHours(intervals * interval);
        return moved.getMinute() == seed.getMinute() && moved.getSecond() == seed.getSecond() ? moved : seed;
    }

    /** Occurrences of a rule in a range, and whether the limit left some out. */
    public record Expansion(List<Interval> occurrences, boolean truncated) {
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
