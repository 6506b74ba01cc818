package dev.lull.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.Interval;
import dev.lull.whatif.WhatIfEngine.PastWindow;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WhatIfEngineTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = Instant.parse("2027-04-07T12:00:00Z");
    static final WhatIfEngine ENGINE = new WhatIfEngine(Duration.ofMinutes(15), 0.5, 2.0);

    /** Twelve weeks before NOW of a load lowest at 03:00 Paris time and busy by day, as {@code rate} shapes it. */
    static HourlyLoad history(Function<Instant, Double> rate) {
        Instant start = NOW.minus(Duration.ofDays(84)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        double[] hours = new double[84 * 24];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = rate.apply(start.plusSeconds(3600L * i));
        }
        return HourlyLoad.of(start, hours);
    }

    static double daily(Instant hour) {
        int local = hour.atZone(PARIS).getHour();
        return 100 + 900 * Math.abs(local - 3) / 21.0;
    }

    static Interval localWindow(String start, Duration length) {
        Instant at = LocalDateTime.parse(start).atZone(PARIS).toInstant();
        return Interval.of(at, length);
    }

    static HostReplay replay(Interval window, HourlyLoad load) {
        List<PastWindow> past = WhatIfEngine.pastWindows(window, PARIS, NOW, 8);
        return ENGINE.replay(past, PARIS, load, window.length());
    }

    @Test
    void the_window_moves_back_on_the_local_wall_clock_across_the_spring_forward_night() {
        Interval window = localWindow("2027-04-12T01:00", Duration.ofHours(2));
        List<PastWindow> past = WhatIfEngine.pastWindows(window, PARIS, NOW, 4);
        assertThat(past).extracting(PastWindow::weeksBack).containsExactly(1, 2, 3, 4);
        for (PastWindow week : past) {
            ZonedDateTime local = week.window().start().atZone(PARIS);
            assertThat(local.getHour()).isEqualTo(1);
            assertThat(local.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            assertThat(week.window().end().isAfter(NOW)).isFalse();
        }
        assertThat(past.get(1).window().start()).isEqualTo(Instant.parse("2027-03-28T23:00:00Z"));
        assertThat(past.get(2).window().start()).isEqualTo(Instant.parse("2027-03-22T00:00:00Z"));
    }

    @Test
    void a_window_months_ahead_is_replayed_on_the_latest_weeks_that_ended_before_now() {
        Interval window = localWindow("2027-07-05T03:00", Duration.ofHours(2));
        List<PastWindow> past = WhatIfEngine.pastWindows(window, PARIS, NOW, 3);
        assertThat(past.get(0).window().end()).isBefore(NOW);
        assertThat(past.get(0).window().start()).isAfter(NOW.minus(Duration.ofDays(7)));
        assertThat(Duration.between(past.get(1).window().start(), past.get(0).window().start()))
                .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void the_quietest_hours_are_quiet_in_every_week_and_rank_near_the_top() {
        HostReplay replay = replay(localWindow("2027-04-13T02:00", Duration.ofHours(2)),
                history(WhatIfEngineTest::daily));
        assertThat(replay.summary().quietWeeks()).isEqualTo(8);
        assertThat(replay.summary().verdict()).startsWith("quiet in 8 of the last 8 weeks");
        WeekReplay week = replay.weeks().get(0);
        assertThat(week.windows()).isEqualTo(7 * 24 * 4);
        assertThat(week.quieterThan()).isGreaterThan(0.9);
        assertThat(week.rank()).isLessThanOrEqualTo(8);
        assertThat(week.best().start().atZone(PARIS).getHour()).isIn(2, 3);
        assertThat(week.messages()).isCloseTo(daily(week.window().start()) + daily(week.window().start()
                .plusSeconds(3600)), within(1e-6));
    }

    @Test
    void a_busy_evening_ranks_low_and_is_not_quiet() {
        HostReplay replay = replay(localWindow("2027-04-13T20:00", Duration.ofHours(2)),
                history(WhatIfEngineTest::daily));
        assertThat(replay.summary().quietWeeks()).isZero();
        assertThat(replay.summary().medianQuieterThan()).isLessThan(0.3);
        assertThat(replay.summary().verdict()).startsWith("quiet in 0 of the last 8 weeks;")
                .contains("quieter than only");
    }

    @Test
    void a_burst_in_one_week_is_the_worst_week_named_with_its_load_ratio() {
        Interval window = localWindow("2027-04-13T02:00", Duration.ofHours(2));
        Interval burst = WhatIfEngine.shifted(window, PARIS, 3);
        HostReplay replay = replay(window, history(hour -> burst.contains(hour) ? 4 * daily(hour) : daily(hour)));
        assertThat(replay.summary().quietWeeks()).isEqualTo(7);
        assertThat(replay.summary().worst().weeksBack()).isEqualTo(3);
        assertThat(replay.summary().worst().loadRatio()).isCloseTo(4.0, within(0.05));
        assertThat(replay.summary().verdict()).isEqualTo(String.format(java.util.Locale.ROOT,
                "quiet in 7 of the last 8 weeks; Mar 23 was busy: 4.0× the usual load, quieter than only %.0f %% of"
                        + " 2-hour windows that week",
                replay.summary().worst().quieterThan() * 100));
    }

    @Test
    void weeks_without_data_are_said_so_and_not_counted_as_quiet() {
        Interval window = localWindow("2027-04-13T02:00", Duration.ofHours(2));
        Interval gap = WhatIfEngine.shifted(window, PARIS, 2);
        HostReplay replay = replay(window, history(hour -> gap.contains(hour) ? Double.NaN : daily(hour)));
        assertThat(replay.weeks().get(1).hasData()).isFalse();
        assertThat(replay.weeks().get(1).quiet()).isNull();
        assertThat(replay.summary().weeksWithData()).isEqualTo(7);
        assertThat(replay.summary().quietWeeks()).isEqualTo(7);
        assertThat(replay.summary().verdict()).startsWith("quiet in 7 of the last 8 weeks (1 without data)");
    }

    @Test
    void no_history_at_all_gives_no_verdict_of_quiet() {
        HostReplay replay = replay(localWindow("2027-04-13T02:00", Duration.ofHours(2)),
                history(hour -> Double.NaN));
        assertThat(replay.summary().quietWeeks()).isZero();
        assertThat(replay.summary().verdict()).isEqualTo("no load history for this window in the last 8 weeks");
    }

    @Test
    void hourly_load_counts_the_covered_share_of_the_hours_at_a_window_s_edges() {
        Instant start = Instant.parse("2027-01-01T00:00:00Z");
        HourlyLoad load = HourlyLoad.of(start, 60, 120, Double.NaN);
        assertThat(load.total(new Interval(start.plusSeconds(1800), start.plusSeconds(5400)))).isEqualTo(90);
        assertThat(load.total(new Interval(start, start.plusSeconds(7200)))).isEqualTo(180);
        assertThat(load.total(new Interval(start.plusSeconds(3600), start.plusSeconds(9000)))).isNaN();
        assertThat(load.total(new Interval(start.minusSeconds(60), start.plusSeconds(60)))).isNaN();
    }
}
