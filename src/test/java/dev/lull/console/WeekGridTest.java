package dev.lull.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.Interval;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WeekGridTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static List<WeekGrid.Day> week(LocalDate date, List<WeekGrid.Entry> entries) {
        return WeekGrid.days(WeekGrid.monday(date), PARIS, entries, at -> 0.5, share -> "half");
    }

    @Test
    void the_spring_forward_sunday_has_23_hours_and_skips_two_o_clock() {
        WeekGrid.Day sunday = week(LocalDate.of(2027, 3, 28), List.of()).get(6);
        assertThat(sunday.date()).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(sunday.hours()).hasSize(23);
        assertThat(sunday.hours()).extracting(WeekGrid.Hour::label).contains("01:00 +01:00", "03:00 +02:00")
                .noneMatch(label -> label.startsWith("02:"));
        assertThat(sunday.note()).contains("23-hour day");
        assertThat(sunday.height()).isEqualTo(23 * WeekGrid.HOUR_PX);
    }

    @Test
    void the_fall_back_sunday_has_25_hours_with_two_o_clock_twice() {
        WeekGrid.Day sunday = week(LocalDate.of(2027, 10, 31), List.of()).get(6);
        assertThat(sunday.hours()).hasSize(25);
        assertThat(sunday.hours()).extracting(WeekGrid.Hour::label).contains("02:00 +02:00", "02:00 +01:00");
        assertThat(sunday.note()).contains("25-hour day");
    }

    @Test
    void an_ordinary_week_has_seven_24_hour_days_from_monday() {
        List<WeekGrid.Day> days = week(LocalDate.of(2027, 6, 10), List.of());
        assertThat(days).hasSize(7).allMatch(d -> d.hours().size() == 24 && d.note().isEmpty());
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2027, 6, 7));
        assertThat(days.get(0).hours().get(0).style()).contains("rgba(11,92,173,0.18)");
    }

    @Test
    void a_span_across_midnight_is_placed_on_both_days_to_the_minute() {
        Instant start = LocalDate.of(2027, 6, 8).atTime(22, 30).atZone(PARIS).toInstant();
        var entry = new WeekGrid.Entry(new Interval(start, start.plus(Duration.ofHours(3))), "change", "ev", "Patch",
                "SCHEDULED", "Patch", "/changes/1");
        List<WeekGrid.Day> days = week(LocalDate.of(2027, 6, 8), List.of(entry));
        assertThat(days.get(1).spans()).singleElement()
                .satisfies(s -> assertThat(s.top()).isEqualTo(22 * WeekGrid.HOUR_PX + WeekGrid.HOUR_PX / 2))
                .satisfies(s -> assertThat(s.height()).isEqualTo(WeekGrid.HOUR_PX * 3 / 2));
        assertThat(days.get(2).spans()).singleElement()
                .satisfies(s -> assertThat(s.top()).isZero())
                .satisfies(s -> assertThat(s.height()).isEqualTo(WeekGrid.HOUR_PX * 3 / 2));
        assertThat(days.get(3).spans()).isEmpty();
    }

    @Test
    void a_window_in_the_spring_gap_sits_after_the_23rd_hour_correctly() {
        Instant three = LocalDate.of(2027, 3, 28).atTime(3, 0).atZone(PARIS).toInstant();
        var entry = new WeekGrid.Entry(new Interval(three, three.plus(Duration.ofHours(1))), "change", "ev", "x",
                "NEW", "x", null);
        WeekGrid.Day sunday = week(LocalDate.of(2027, 3, 28), List.of(entry)).get(6);
        assertThat(sunday.spans().get(0).top()).isEqualTo(2 * WeekGrid.HOUR_PX);
    }
}
