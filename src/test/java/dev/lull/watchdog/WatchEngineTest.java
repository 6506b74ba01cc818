package dev.lull.watchdog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The watchdog's decision in plain Java: the band, the span, calm, unknown and the survivors' capacity. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WatchEngineTest {
    static final Duration STEP = Duration.ofMinutes(5);
    static final Instant OPENED = Instant.parse("2026-03-03T01:00:00Z");
    /** 1200 expected and 1500 at p90 per hour: the limit is max(3000, 1260) = 3000 per hour, 250 per step. */
    static final Band BAND = new Band() {
        @Override
        public double expected(Instant at) {
            return 1200;
        }

        @Override
        public double p90(Instant at) {
            return 1500;
        }
    };

    static List<Bin> bins(double... perStep) {
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < perStep.length; i++) {
            bins.add(new Bin(OPENED.plus(STEP.multipliedBy(i)), perStep[i]));
        }
        return bins;
    }

    static Verdict decide(List<Bin> bins, Instant now, WatchState previous, Instant since) {
        return decide(bins, now, previous, since, null);
    }

    static Verdict decide(List<Bin> bins, Instant now, WatchState previous, Instant since, Double level) {
        return WatchEngine.decide(new WatchInput(now, OPENED, STEP, List.of(new HostLoad("mbox-02", bins, BAND,
                level)), List.of(), WatchPolicy.DEFAULT, previous, since));
    }

    static Instant after(int steps) {
        return OPENED.plus(STEP.multipliedBy(steps));
    }

    @Test
    void load_as_expected_is_quiet() {
        Verdict verdict = decide(bins(100, 110, 90, 100), after(4), WatchState.QUIET, OPENED);
        assertThat(verdict.state()).isEqualTo(WatchState.QUIET);
        assertThat(verdict.hosts().get(0).livePerHour()).isEqualTo(1140);
        assertThat(verdict.hosts().get(0).limitPerHour()).isEqualTo(3000);
    }

    @Test
    void a_span_above_the_band_alarms_with_the_ratio_to_expected_in_the_reason() {
        Verdict verdict = decide(bins(100, 100, 340, 340), after(4), WatchState.QUIET, OPENED);
        assertThat(verdict.state()).isEqualTo(WatchState.ALARM);
        assertThat(verdict.reason()).isEqualTo("mbox-02: 3.4× the expected load over the last 10 min");
    }

    @Test
    void one_busy_step_averaged_over_the_span_does_not_alarm() {
        assertThat(decide(bins(100, 100, 100, 380), after(4), WatchState.QUIET, OPENED).state())
                .isEqualTo(WatchState.QUIET);
    }

    @Test
    void the_floor_guards_a_nearly_idle_host() {
        Band idle = new Band() {
            @Override
            public double expected(Instant at) {
                return 2;
            }

            @Override
            public double p90(Instant at) {
                return 3;
            }
        };
        List<Bin> bins = bins(1, 1, 4, 4);
        Verdict verdict = WatchEngine.decide(new WatchInput(after(4), OPENED, STEP,
                List.of(new HostLoad("idle", bins, idle)), List.of(), WatchPolicy.DEFAULT, WatchState.QUIET, OPENED));
        assertThat(verdict.state()).isEqualTo(WatchState.QUIET);
        assertThat(verdict.hosts().get(0).limitPerHour()).isEqualTo(62);
    }

    @Test
    void an_alarm_stays_until_every_span_of_the_calm_period_is_below_the_band() {
        Instant alarmed = after(4);
        List<Bin> bins = bins(100, 100, 340, 340, 200, 100, 100, 100, 100);
        assertThat(decide(bins.subList(0, 7), after(7), WatchState.ALARM, alarmed, 1.0).state())
                .isEqualTo(WatchState.ALARM);
        Verdict calm = decide(bins.subList(0, 8), after(8), WatchState.ALARM, alarmed, 1.0);
        assertThat(calm.state()).isEqualTo(WatchState.QUIET);
        assertThat(calm.reason()).isEqualTo("calm again: every host below its band for 15 min");
        assertThat(decide(bins, after(6), WatchState.ALARM, after(5), 1.0).state()).isEqualTo(WatchState.ALARM);
    }

    @Test
    void no_data_for_the_stale_after_period_is_unknown_never_quiet() {
        assertThat(decide(List.of(), after(2), WatchState.QUIET, OPENED).state()).isEqualTo(WatchState.QUIET);
        Verdict none = decide(List.of(), after(3), WatchState.QUIET, OPENED);
        assertThat(none.state()).isEqualTo(WatchState.UNKNOWN);
        assertThat(none.reason()).isEqualTo("mbox-02: no load data since the window opened (over 15 min)");
        Verdict silent = decide(bins(100, 100), after(5), WatchState.QUIET, OPENED);
        assertThat(silent.state()).isEqualTo(WatchState.UNKNOWN);
        assertThat(silent.reason()).contains("since 01:10 UTC");
        assertThat(decide(bins(100, 100), after(4).minusSeconds(1), WatchState.QUIET, OPENED).state())
                .isEqualTo(WatchState.QUIET);
    }

    @Test
    void the_survivors_capacity_threshold_alarms_even_within_the_band() {
        Survivors survivors = new Survivors("mail", 10, 0.8, bins(100, 100, 100, 100));
        Verdict verdict = WatchEngine.decide(new WatchInput(after(4), OPENED, STEP,
                List.of(new HostLoad("mbox-02", bins(100, 100, 100, 100), BAND)), List.of(survivors),
                WatchPolicy.DEFAULT,
                WatchState.QUIET, OPENED));
        assertThat(verdict.state()).isEqualTo(WatchState.ALARM);
        assertThat(verdict.capacity().loadPerMinute()).isEqualTo(20);
        assertThat(verdict.reason()).isEqualTo("cluster mail: the hosts left up carry 200 % of their capacity over "
                + "the last 10 min (threshold 80 %)");
    }

    @Test
    void a_custom_factor_moves_the_band() {
        WatchPolicy strict = new WatchPolicy(Reaction.PAUSE, Reaction.NOTIFY, 1.1, 60, Duration.ofMinutes(10),
                Duration.ofMinutes(15), Duration.ofMinutes(15));
        Verdict verdict = WatchEngine.decide(new WatchInput(after(4), OPENED, STEP,
                List.of(new HostLoad("mbox-02", bins(100, 100, 150, 150), BAND)), List.of(), strict, WatchState.QUIET,
                OPENED));
        assertThat(verdict.state()).isEqualTo(WatchState.ALARM);
        assertThat(verdict.reason()).startsWith("mbox-02: 1.5×");
    }

    static Verdict decideAtLevel(List<Bin> bins, Double level) {
        return WatchEngine.decide(new WatchInput(after(bins.size()), OPENED, STEP,
                List.of(new HostLoad("mbox-02", bins, BAND, level)), List.of(), WatchPolicy.DEFAULT, WatchState.QUIET,
                OPENED));
    }

    @Test
    void a_3x_burst_on_a_night_running_under_its_forecast_alarms_against_the_band_at_its_level() {
        Verdict verdict = decideAtLevel(bins(60, 60, 180, 180), 0.6);
        assertThat(verdict.state()).isEqualTo(WatchState.ALARM);
        HostFigures figures = verdict.hosts().get(0);
        assertThat(figures.expectedPerHour()).isEqualTo(1200);
        assertThat(figures.levelExpectedPerHour()).isEqualTo(720);
        assertThat(figures.limitPerHour()).isEqualTo(1440);
        assertThat(verdict.reason()).isEqualTo("mbox-02: 3.0× the expected load at its own level "
                + "(0.60× the forecast) over the last 10 min");
        assertThat(decide(bins(60, 60, 180, 180), after(4), WatchState.QUIET, OPENED).state())
                .as("the forecast's own band of 3000 per hour would not see it").isEqualTo(WatchState.QUIET);
    }

    @Test
    void a_night_already_busy_before_the_window_opened_is_not_an_alarm_while_it_keeps_its_level() {
        Verdict verdict = decideAtLevel(bins(300, 310, 290, 300), 3.0);
        assertThat(verdict.state()).isEqualTo(WatchState.QUIET);
        assertThat(verdict.hosts().get(0).limitPerHour()).isEqualTo(7200);
        assertThat(verdict.hosts().get(0).ratio()).isCloseTo(0.99, org.assertj.core.data.Offset.offset(0.01));
        assertThat(decide(bins(300, 310, 290, 300), after(4), WatchState.QUIET, OPENED).state())
                .as("against the forecast alone it would").isEqualTo(WatchState.ALARM);
        assertThat(decideAtLevel(bins(300, 300, 610, 610), 3.0).state()).isEqualTo(WatchState.ALARM);
    }

    @Test
    void the_floor_still_guards_a_host_that_was_idle_before_its_window() {
        Verdict verdict = decideAtLevel(bins(0, 0, 4, 4), 0.0);
        assertThat(verdict.state()).isEqualTo(WatchState.QUIET);
        assertThat(verdict.hosts().get(0).limitPerHour()).isEqualTo(60);
        assertThat(decideAtLevel(bins(0, 0, 6, 6), 0.0).reason())
                .isEqualTo("mbox-02: 72 messages per hour, none expected over the last 10 min");
    }

    @Test
    void the_level_is_the_hosts_load_over_the_forecasts_in_the_half_hour_before_the_window_when_half_of_it_is_known() {
        Instant opened = after(12);
        double[] steps = new double[16];
        java.util.Arrays.fill(steps, 50);
        steps[12] = 500;
        assertThat(SpanAverage.level(bins(steps), BAND, opened, STEP)).isEqualTo(0.5);
        List<Bin> half = bins(steps).subList(9, 16);
        assertThat(SpanAverage.level(half, BAND, opened, STEP)).isEqualTo(0.5);
        assertThat(SpanAverage.level(bins(steps).subList(10, 16), BAND, opened, STEP)).isNull();
        assertThat(SpanAverage.level(bins(steps), Band.NONE, opened, STEP)).as("nothing expected").isNull();
    }

    @Test
    void a_step_band_answers_the_forecasts_figures_of_each_step_and_only_within_its_stretch() {
        Band rising = new Band() {
            @Override
            public double expected(Instant at) {
                return at.getEpochSecond() % 3600;
            }

            @Override
            public double p90(Instant at) {
                return 2.0 * (at.getEpochSecond() % 3600);
            }
        };
        StepBand band = StepBand.of(rising, OPENED, after(12), STEP);
        assertThat(band.expected(OPENED)).isEqualTo(150);
        assertThat(band.expected(after(1).plusSeconds(299))).isEqualTo(450);
        assertThat(band.p90(after(11))).isEqualTo(2 * 3450);
        assertThat(band.to()).isEqualTo(after(12));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> band.expected(after(12)))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> band.p90(OPENED.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_lower_of_the_level_before_the_window_and_the_level_of_the_half_hour_before_the_span_sets_the_band() {
        double[] steps = new double[10];
        java.util.Arrays.fill(steps, 60);
        steps[8] = 180;
        steps[9] = 180;
        Verdict falling = decideAtLevel(bins(steps), 3.0);
        assertThat(falling.state()).as("a spike before the window does not hide a burst").isEqualTo(WatchState.ALARM);
        assertThat(falling.hosts().get(0).level()).isEqualTo(0.6);
        assertThat(falling.hosts().get(0).limitPerHour()).isEqualTo(1440);

        double[] longBurst = new double[20];
        java.util.Arrays.fill(longBurst, 180);
        Verdict burst = decideAtLevel(bins(longBurst), 0.6);
        assertThat(burst.state()).as("a burst longer than the half hour is not taken for the night's level")
                .isEqualTo(WatchState.ALARM);
        assertThat(burst.hosts().get(0).level()).isEqualTo(0.6);
    }
}
