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
        return WatchEngine.decide(new WatchInput(now, OPENED, STEP, List.of(new HostLoad("mbox-02", bins, BAND)),
                List.of(), WatchPolicy.DEFAULT, previous, since));
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
        assertThat(decide(bins.subList(0, 7), after(7), WatchState.ALARM, alarmed).state())
                .isEqualTo(WatchState.ALARM);
        Verdict calm = decide(bins.subList(0, 8), after(8), WatchState.ALARM, alarmed);
        assertThat(calm.state()).isEqualTo(WatchState.QUIET);
        assertThat(calm.reason()).isEqualTo("calm again: every host below its band for 15 min");
        assertThat(decide(bins, after(6), WatchState.ALARM, after(5)).state()).isEqualTo(WatchState.ALARM);
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

    @Test
    void a_3x_burst_on_a_quiet_night_alarms_against_the_hosts_own_level_of_the_hour_before() {
        double[] steps = new double[16];
        java.util.Arrays.fill(steps, 60);
        steps[14] = 180;
        steps[15] = 180;
        Verdict verdict = decide(bins(steps), after(16), WatchState.QUIET, OPENED);
        assertThat(verdict.state()).isEqualTo(WatchState.ALARM);
        assertThat(verdict.hosts().get(0).limitPerHour()).isEqualTo(3000);
        assertThat(verdict.hosts().get(0).levelLimitPerHour()).isEqualTo(1440);
        assertThat(verdict.reason()).isEqualTo("mbox-02: 3.0× its own load of the hour before (as the forecast's "
                + "shape goes) over the last 10 min");
    }
}
