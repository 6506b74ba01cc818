package dev.lull.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BlackoutCalendarTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(PARIS).toInstant();
    }

    private static Interval range(String from, String to) {
        return new Interval(Instant.parse(from), Instant.parse(to));
    }

    @Test
    void a_one_off_blackout_occurs_once_when_it_overlaps_the_range() {
        var rule = new BlackoutRule(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-05-02T00:00:00Z"),
                PARIS, null);
        assertThat(BlackoutCalendar.occurrences(rule, range("2026-05-01T12:00:00Z", "2026-06-01T00:00:00Z"), 100))
                .containsExactly(new Interval(rule.start(), rule.end()));
        assertThat(BlackoutCalendar.occurrences(rule, range("2026-05-02T00:00:00Z", "2026-06-01T00:00:00Z"), 100))
                .isEmpty();
    }

    @Test
    void a_month_end_freeze_falls_on_the_last_day_of_every_month_at_the_same_local_time() {
        var rule = new BlackoutRule(paris("2026-01-31T18:00"), paris("2026-02-01T06:00"), PARIS,
                "FREQ=MONTHLY;BYMONTHDAY=-1");
        List<Interval> found = BlackoutCalendar.occurrences(rule,
                range("2026-02-01T12:00:00Z", "2026-05-01T00:00:00Z"), 100);
        assertThat(found).extracting(Interval::start)
                .containsExactly(paris("2026-02-28T18:00"), paris("2026-03-31T18:00"), paris("2026-04-30T18:00"));
        assertThat(found).extracting(Interval::end)
                .containsExactly(paris("2026-03-01T06:00"), paris("2026-04-01T06:00"), paris("2026-05-01T06:00"));
    }

    @Test
    void a_weekly_freeze_keeps_its_local_hours_across_the_spring_clock_change() {
        var rule = new BlackoutRule(paris("2026-03-20T22:00"), paris("2026-03-21T06:00"), PARIS,
                "FREQ=WEEKLY;BYDAY=FR");
        List<Interval> found = BlackoutCalendar.occurrences(rule,
                range("2026-03-25T00:00:00Z", "2026-04-05T00:00:00Z"), 100);
        assertThat(found).containsExactly(
                new Interval(Instant.parse("2026-03-27T21:00:00Z"), Instant.parse("2026-03-28T05:00:00Z")),
                new Interval(Instant.parse("2026-04-03T20:00:00Z"), Instant.parse("2026-04-04T04:00:00Z")));
    }

    @Test
    void a_night_freeze_over_the_clock_change_ends_at_its_local_hour_and_lasts_one_hour_less() {
        var rule = new BlackoutRule(paris("2026-03-21T22:00"), paris("2026-03-22T06:00"), PARIS, "FREQ=DAILY");
        List<Interval> found = BlackoutCalendar.occurrences(rule,
                range("2026-03-28T12:00:00Z", "2026-03-29T12:00:00Z"), 100);
        assertThat(found).containsExactly(new Interval(paris("2026-03-28T22:00"), paris("2026-03-29T06:00")));
        assertThat(found.get(0).length()).hasHours(7);
    }

    @Test
    void an_occurrence_that_began_before_the_range_but_still_runs_is_included() {
        var rule = new BlackoutRule(paris("2026-06-05T22:00"), paris("2026-06-06T06:00"), PARIS,
                "FREQ=WEEKLY;BYDAY=FR");
        assertThat(BlackoutCalendar.occurrences(rule, range("2026-06-13T02:00:00Z", "2026-06-13T03:00:00Z"), 100))
                .containsExactly(new Interval(paris("2026-06-12T22:00"), paris("2026-06-13T06:00")));
    }

    @Test
    void count_and_until_end_the_recurrence() {
        var counted = new BlackoutRule(paris("2026-06-01T22:00"), paris("2026-06-01T23:00"), PARIS,
                "FREQ=DAILY;COUNT=3");
        assertThat(BlackoutCalendar.occurrences(counted, range("2026-05-01T00:00:00Z", "2026-07-01T00:00:00Z"), 100))
                .hasSize(3);
        var until = new BlackoutRule(paris("2026-06-01T22:00"), paris("2026-06-01T23:00"), PARIS,
                "FREQ=DAILY;UNTIL=20260604T000000Z");
        assertThat(BlackoutCalendar.occurrences(until, range("2026-05-01T00:00:00Z", "2026-07-01T00:00:00Z"), 100))
                .hasSize(3);
    }

    @Test
    void unreadable_or_too_frequent_rules_are_explained() {
        assertThat(BlackoutCalendar.problem("FREQ=WEEKLY;BYDAY=FR")).isEmpty();
        assertThat(BlackoutCalendar.problem("BYDAY=FR")).get().asString().contains("RRULE");
        assertThat(BlackoutCalendar.problem("FREQ=SOMETIMES")).isPresent();
        assertThat(BlackoutCalendar.problem("garbage")).isPresent();
        assertThat(BlackoutCalendar.problem("FREQ=MINUTELY")).get().asString().contains("HOURLY");
    }

    @Test
    void rules_more_often_than_hourly_through_by_parts_and_huge_counts_are_refused() {
        assertThat(BlackoutCalendar.problem("FREQ=DAILY;BYHOUR=0,1,2,3;BYMINUTE=0,1,2,3,4,5")).get().asString()
                .contains("hourly");
        assertThat(BlackoutCalendar.problem("FREQ=HOURLY;BYSECOND=0,30")).isPresent();
        assertThat(BlackoutCalendar.problem("FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,"
                + "21,22,23;BYMINUTE=30")).isEmpty();
        assertThat(BlackoutCalendar.problem("FREQ=DAILY;COUNT=1000000")).get().asString().contains("COUNT");
    }

    @Test
    void an_hourly_rule_begun_long_ago_expands_as_fast_and_the_same_as_one_begun_lately() {
        var old = new BlackoutRule(Instant.parse("1970-01-01T00:10:00Z"), Instant.parse("1970-01-01T00:40:00Z"),
                PARIS, "FREQ=HOURLY;INTERVAL=3");
        var recent = new BlackoutRule(Instant.parse("2199-01-01T00:10:00Z"), Instant.parse("2199-01-01T00:40:00Z"),
                PARIS, "FREQ=HOURLY;INTERVAL=3");
        Interval range = range("2199-06-01T00:00:00Z", "2199-06-03T00:00:00Z");
        long started = System.nanoTime();
        List<Interval> found = BlackoutCalendar.occurrences(old, range, 100);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(found).hasSize(16).isEqualTo(BlackoutCalendar.occurrences(recent, range, 100));
    }

    @Test
    void an_expansion_past_its_limit_says_it_was_truncated() {
        var hourly = new BlackoutRule(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-05-01T00:30:00Z"),
                PARIS, "FREQ=HOURLY");
        Interval range = range("2026-05-01T00:00:00Z", "2026-05-03T00:00:00Z");
        assertThat(BlackoutCalendar.expand(hourly, range, 10).truncated()).isTrue();
        assertThat(BlackoutCalendar.expand(hourly, range, 10).occurrences()).hasSize(10);
        assertThat(BlackoutCalendar.expand(hourly, range, 100).truncated()).isFalse();
    }
}
