package dev.lull.proposal;

import java.time.Duration;

/** How far to trust a candidate's expected load. */
public enum Confidence {
    /**
     * Four weeks or more of history, at least {@value #MIN_REPLAYS} weeks of the host's own backtest behind its p90,
     * and a narrow spread (the window's calibrated p90 total within 75 % above the expected).
     */
    HIGH,
    /** Two weeks or more and a moderate spread (the window's calibrated p90 total within 200 % above the expected). */
    MEDIUM,
    /** Little history, a wide spread, or the quiet-hours fallback. */
    LOW;

    /** Replayed weeks from which the 90 % conformal bound is a quantile of their scores rather than their largest. */
    static final int MIN_REPLAYS = 9;
    static final double HIGH_SPREAD = 0.75;
    static final double MEDIUM_SPREAD = 2.0;

    static Confidence of(int weeks, RiskCalibration backtest, Duration duration, double expected, double p90) {
        double spread = expected > 0 ? (p90 - expected) / expected : Double.POSITIVE_INFINITY;
        if (weeks >= 4 && backtest.replays(duration) >= MIN_REPLAYS && spread <= HIGH_SPREAD) {
            return HIGH;
        }
        if (weeks >= 2 && spread <= MEDIUM_SPREAD) {
            return MEDIUM;
        }
        return LOW;
    }
}
