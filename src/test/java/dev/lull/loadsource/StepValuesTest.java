package dev.lull.loadsource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The step values of remote-written gauges and counters, without a database. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StepValuesTest {
    static final Instant T0 = Instant.parse("2026-03-29T00:55:00Z");
    static final long A = 1;
    static final long B = 2;

    final RemoteTally tally = new RemoteTally();
    final StepValues values = new StepValues(Duration.ofMinutes(5), T0.plus(Duration.ofDays(1)), tally);

    static long at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes)).toEpochMilli();
    }

    static RemoteSeries series(boolean counter, long fingerprint, long[] at, double... values) {
        return new RemoteSeries("h", counter, fingerprint, at, values);
    }

    static Map<Instant, Double> steps(Object... pairs) {
        Map<Instant, Double> steps = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            steps.put(T0.plus(Duration.ofMinutes((Integer) pairs[i])), ((Number) pairs[i + 1]).doubleValue());
        }
        return steps;
    }

    @Test
    void a_sample_on_a_step_boundary_closes_the_step_ending_there() {
        assertThat(values.stepEnd(at(5))).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(values.stepEnd(at(5) + 1)).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(values.stepEnd(-1)).isEqualTo(Instant.EPOCH);
    }

    @Test
    void a_gauge_keeps_its_last_value_per_step_and_skips_staleness_markers_and_negative_values() {
        values.gauge(series(false, A, new long[]{at(1), at(4), at(6), at(7), at(8)}, 10, 12, 7, Double.NaN, -1));

        assertThat(values.values().get("h")).isEqualTo(steps(5, 12, 10, 7));
        assertThat(tally.get(SampleOutcome.ACCEPTED)).isEqualTo(3);
        assertThat(tally.get(SampleOutcome.STALE)).isEqualTo(1);
        assertThat(tally.get(SampleOutcome.INVALID)).isEqualTo(1);
    }

    @Test
    void a_counter_starts_from_its_first_sample_and_counts_a_drop_as_a_reset() {
        StepValues.CounterState state = values.counter(series(true, A,
                new long[]{at(1), at(3), at(6), at(7), at(9), at(16)}, 100, 130, 150, 20, 45, 45), null);

        assertThat(values.values().get("h")).isEqualTo(steps(5, 30, 10, 65, 20, 0));
        assertThat(state).isEqualTo(new StepValues.CounterState(A, at(16), 45, at(20), 0));
    }

    @Test
    void a_counter_goes_on_from_its_stored_state_and_skips_what_it_already_counted() {
        StepValues.CounterState stored = new StepValues.CounterState(A, at(3), 130, at(5), 30);

        values.counter(series(true, A, new long[]{at(2), at(3), at(4), at(6)}, 120, 130, 140, 150), stored);

        assertThat(values.values().get("h")).isEqualTo(steps(5, 40, 10, 10));
        assertThat(tally.get(SampleOutcome.DUPLICATE)).isEqualTo(2);
    }

    @Test
    void a_second_series_of_a_host_is_ignored_until_the_first_has_been_silent_for_a_step() {
        StepValues.CounterState stored = new StepValues.CounterState(A, at(3), 130, at(5), 30);

        StepValues.CounterState state = values.counter(
                series(true, B, new long[]{at(4), at(8) + 1, at(9)}, 900, 910, 925), stored);

        assertThat(tally.get(SampleOutcome.OTHER_SERIES)).isEqualTo(1);
        assertThat(values.values().get("h")).isEqualTo(steps(10, 15));
        assertThat(state.series()).isEqualTo(B);
    }
}
