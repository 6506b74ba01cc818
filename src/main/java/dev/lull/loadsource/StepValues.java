package dev.lull.loadsource;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import dev.lull.load.SampleRules;

/**
 * Turns remote-written series into one value per host and step, stamped with the step's end: a gauge's last value in
 * the step, or a counter's increase within it (a drop is a reset: the new value is the increase since). A counter
 * needs the series' last value, kept per host in {@link CounterState}: its first sample only sets the baseline, a
 * sample not after the last one counted is a resend, and a second series of the host is ignored until the first has
 * been silent for a step (an HA pair's replica, a replaced pod).
 */
final class StepValues {
    private final long stepMillis;
    private final Instant now;
    private final RemoteTally tally;
    private final Map<String, NavigableMap<Instant, Double>> values = new LinkedHashMap<>();

    StepValues(Duration step, Instant now, RemoteTally tally) {
        this.stepMillis = step.toMillis();
        this.now = now;
        this.tally = tally;
    }

    /** The end of the step holding that instant: a sample on a boundary closes the step ending there. */
    Instant stepEnd(long millis) {
        return Instant.ofEpochMilli(-Math.floorDiv(-millis, stepMillis) * stepMillis);
    }

    void gauge(RemoteSeries series) {
        for (int i = 0; i < series.size(); i++) {
            if (Double.isNaN(series.values()[i])) {
                tally.add(SampleOutcome.STALE, 1);
                continue;
            }
            if (!SampleRules.accepts(stepEnd(series.timestamps()[i]), series.values()[i], now)) {
                tally.add(SampleOutcome.INVALID, 1);
                continue;
            }
            put(series.host(), stepEnd(series.timestamps()[i]), series.values()[i]);
            tally.add(SampleOutcome.ACCEPTED, 1);
        }
    }

    /** Adds a counter series' increases and answers the host's state after them (null when there was none). */
    CounterState counter(RemoteSeries series, CounterState before) {
        CounterState state = before;
        for (int i = 0; i < series.size(); i++) {
            long at = series.timestamps()[i];
            double value = series.values()[i];
            SampleOutcome outcome = outcome(series, state, at, value);
            if (outcome == SampleOutcome.ACCEPTED) {
                state = next(series, state, at, value);
            }
            tally.add(outcome, 1);
        }
        return state;
    }

    private SampleOutcome outcome(RemoteSeries series, CounterState state, long at, double value) {
        if (Double.isNaN(value)) {
            return SampleOutcome.STALE;
        }
        if (!SampleRules.accepts(stepEnd(at), value, now)) {
            return SampleOutcome.INVALID;
        }
        if (state == null) {
            return SampleOutcome.ACCEPTED;
        }
        boolean sameSeries = state.series() == series.fingerprint();
        if (!sameSeries && at - state.lastAt() <= stepMillis) {
            return SampleOutcome.OTHER_SERIES;
        }
        return sameSeries && at <= state.lastAt() ? SampleOutcome.DUPLICATE : SampleOutcome.ACCEPTED;
    }

    private CounterState next(RemoteSeries series, CounterState state, long at, double value) {
        Instant end = stepEnd(at);
        if (state == null || state.series() != series.fingerprint()) {
            return new CounterState(series.fingerprint(), at, value, end.toEpochMilli(), 0);
        }
        double increase = value >= state.lastValue() ? value - state.lastValue() : value;
        double total = end.toEpochMilli() == state.stepEnd() ? state.increase() + increase : increase;
        put(series.host(), end, total);
        return new CounterState(series.fingerprint(), at, value, end.toEpochMilli(), total);
    }

    private void put(String host, Instant stepEnd, double value) {
        values.computeIfAbsent(host, h -> new TreeMap<>()).put(stepEnd, value);
    }

    /** The value of each host's steps, the last written winning. */
    Map<String, NavigableMap<Instant, Double>> values() {
        return values;
    }

    /** A counter series' progress: its fingerprint, last sample, and the increase so far of the step it is in. */
    record CounterState(long series, long lastAt, double lastValue, long stepEnd, double increase) {
    }
}
