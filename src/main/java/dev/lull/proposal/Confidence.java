package dev.lull.proposal;

/** How far to trust a candidate's expected load. */
public enum Confidence {
    /** Four weeks or more of history and a narrow spread (the window's p90 total within 50 % above the expected). */
    HIGH,
    /** Two weeks or more and a moderate spread (the window's p90 total within 150 % above the expected). */
    MEDIUM,
    /** Little history, a wide spread, or the quiet-hours fallback. */
    LOW;

    static Confidence of(int weeks, double expected, double p90) {
        double spread = expected > 0 ? (p90 - expected) / expected : Double.POSITIVE_INFINITY;
        if (weeks >= 4 && spread <= 0.5) {
            return HIGH;
        }
        if (weeks >= 2 && spread <= 1.5) {
            return MEDIUM;
        }
        return LOW;
    }
}
