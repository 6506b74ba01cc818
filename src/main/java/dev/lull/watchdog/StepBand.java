package dev.lull.watchdog;

import java.time.Duration;
import java.time.Instant;

import dev.lull.platform.Bytes;

/**
 * A forecast's band read once for a stretch of steps — the expected and p90 loads at the middle of each step from
 * {@code from} — so deciding a window does not go back to the forecast (nor refit it) on every ingest. Answers only
 * within its stretch.
 */
final class StepBand implements Band {
    private final Instant from;
    private final Duration step;
    private final double[] expected;
    private final double[] p90;

    private StepBand(Instant from, Duration step, double[] expected, double[] p90) {
        this.from = from;
        this.step = step;
        this.expected = expected;
        this.p90 = p90;
    }

    /** The source's band over the steps of [from, to), read at each step's middle. */
    static StepBand of(Band source, Instant from, Instant to, Duration step) {
        int steps = (int) Math.ceil((double) Duration.between(from, to).toSeconds() / step.toSeconds());
        double[] expected = new double[Math.max(0, steps)];
        double[] p90 = new double[expected.length];
        Duration half = step.dividedBy(2);
        for (int i = 0; i < expected.length; i++) {
            Instant middle = from.plus(step.multipliedBy(i)).plus(half);
            expected[i] = source.expected(middle);
            p90[i] = source.p90(middle);
        }
        return new StepBand(from, step, expected, p90);
    }

    @Override
    public double expected(Instant at) {
        return expected[index(at)];
    }

    @Override
    public double p90(Instant at) {
        return p90[index(at)];
    }

    /** The first instant after the stretch. */
    Instant to() {
        return from.plus(step.multipliedBy(expected.length));
    }

    private int index(Instant at) {
        long index = Math.floorDiv(Duration.between(from, at).toSeconds(), step.toSeconds());
        if (index < 0 || index >= expected.length) {
            throw new IllegalArgumentException("the band holds " + from + " to " + to() + ", not " + at);
        }
        return (int) index;
    }

    /** Estimated retained bytes. */
    long bytes() {
        return Bytes.object(4, 0) + Bytes.INSTANT + 2 * Bytes.doubles(expected.length);
    }
}
