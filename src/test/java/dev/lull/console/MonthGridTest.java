package dev.lull.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.Interval;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MonthGridTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Busy by day, quietest from 03:00 to 05:00 local time in {@code zone}. */
    static Function<Instant, Double> nights(ZoneId zone) {
        return at -> {
            int hour = at.atZone(zone).getHour();
            return hour == 3 || hour == 4 ? 0.05 : hour < 7 ? 0.3 : 0.9;
        };
    }

    static List<MonthGrid.Week> month(YearMonth month, ZoneId zone, List<WeekGrid.Entry> entries) {
        return MonthGrid.weeks(month, zone, LocalDate.of(2027, 3, 10), entries, nights(zone),
                share -> Math.round(share * 100) + " % of the peak");
    }

    static MonthGrid.Cell day(List<MonthGrid.Week> weeks, LocalDate date) {
        return weeks.stream().flatMap(w -> w.days().stream()).filter(c -> c.date().equals(date)).findFirst()
                .orElseThrow();
    }

    @Test
    void a_month_is_whole_weeks_from_the_monday_before_its_first_day_to_the_sunday_after_its_last() {
        List<MonthGrid.Week> weeks = month(YearMonth.of(2026, 12), PARIS, List.of());
        assertThat(weeks).hasSize(5).allMatch(w -> w.days().size() == 7);
        assertThat(weeks.get(0).days().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(weeks.get(0).days().get(0).inMonth()).isFalse();
        assertThat(weeks.get(4).days().get(6).date()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(weeks.get(0).days().get(1).inMonth()).isTrue();
        assertThat(MonthGrid.range(YearMonth.of(2026, 12), PARIS)).isEqualTo(new Interval(
                Instant.parse("2026-11-29T23:00:00Z"), Instant.parse("2027-01-03T23:00:00Z")));
    }

    @Test
    void the_spring_forward_sunday_of_march_in_paris_is_a_23_hour_day_and_today_is_marked() {
        List<MonthGrid.Week> weeks = month(YearMonth.of(2027, 3), PARIS, List.of());
        MonthGrid.Cell sunday = day(weeks, LocalDate.of(2027, 3, 28));
        assertThat(sunday.note()).isEqualTo("23-hour day (clocks go forward)");
        assertThat(day(weeks, LocalDate.of(2027, 3, 27)).note()).isEmpty();
        assertThat(sunday.load().quietest()).isEqualTo("03:00–05:00");
        assertThat(day(weeks, LocalDate.of(2027, 3, 10)).today()).isTrue();
        assertThat(day(weeks, LocalDate.of(2027, 3, 11)).today()).isFalse();
    }

    @Test
    void the_fall_back_sunday_of_november_in_new_york_is_a_25_hour_day_and_a_window_across_it_keeps_local_times() {
        Instant start = LocalDate.of(2026, 10, 31).atTime(22, 0).atZone(NEW_YORK).toInstant();
        var entry = new WeekGrid.Entry(new Interval(start, start.plus(Duration.ofHours(8))), "change", "ev", "Patch",
                "SCHEDULED", "Patch", "/changes/7");
        List<MonthGrid.Week> weeks = month(YearMonth.of(2026, 11), NEW_YORK, List.of(entry));
        assertThat(weeks).hasSize(6);
        MonthGrid.Cell sunday = day(weeks, LocalDate.of(2026, 11, 1));
        assertThat(sunday.note()).isEqualTo("25-hour day (clocks go back)");
        assertThat(day(weeks, LocalDate.of(2026, 10, 31)).items()).singleElement()
                .satisfies(i -> assertThat(i.time()).isEqualTo("22:00–24:00"));
        assertThat(sunday.items()).singleElement().satisfies(i -> assertThat(i.time()).isEqualTo("00:00–05:00"));
        assertThat(day(weeks, LocalDate.of(2026, 11, 2)).items()).isEmpty();
    }

    @Test
    void each_day_says_its_mean_load_and_its_quietest_two_hours_in_words() {
        MonthGrid.Cell cell = day(month(YearMonth.of(2027, 6), PARIS, List.of()), LocalDate.of(2027, 6, 9));
        assertThat(cell.load().level()).isEqualTo("busy day");
        assertThat(cell.load().text()).startsWith("on average ").contains("quietest 03:00–05:00, 5 % of the peak");
        assertThat(cell.load().style()).startsWith("background:rgba(11,92,173,");
    }

    @Test
    void a_day_without_load_data_says_so_and_is_not_shaded() {
        List<MonthGrid.Week> weeks = MonthGrid.weeks(YearMonth.of(2027, 6), PARIS, LocalDate.of(2027, 6, 1),
                List.of(), at -> null, share -> "unused");
        MonthGrid.Cell cell = day(weeks, LocalDate.of(2027, 6, 9));
        assertThat(cell.load().level()).isEqualTo("no load data");
        assertThat(cell.load().quietest()).isEmpty();
        assertThat(cell.load().style()).isEmpty();
    }

    @Test
    void entries_of_a_day_are_listed_by_start() {
        Instant noon = LocalDate.of(2027, 6, 9).atTime(12, 0).atZone(PARIS).toInstant();
        var late = new WeekGrid.Entry(new Interval(noon, noon.plus(Duration.ofHours(1))), "change", "ev", "late",
                "NEW", "late", "/changes/2");
        var early = new WeekGrid.Entry(new Interval(noon.minus(Duration.ofHours(4)), noon), "blackout", "blackout",
                "Blackout: freeze", "BLACKOUT", "freeze", null);
        MonthGrid.Cell cell = day(month(YearMonth.of(2027, 6), PARIS, List.of(late, early)), LocalDate.of(2027, 6, 9));
        assertThat(cell.items()).extracting(MonthGrid.Item::time).containsExactly("08:00–12:00", "12:00–13:00");
    }
}
