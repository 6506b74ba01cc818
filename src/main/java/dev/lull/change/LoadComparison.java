package dev.lull.change;

/** The load expected in the window against the load observed in it, in the same unit. */
public record LoadComparison(double expected, double observed) {

    /** Observed minus expected: positive when the window was busier than expected. */
    public double difference() {
        return observed - expected;
    }

    /** Observed over expected, or NaN when nothing was expected. */
    public double ratio() {
        return expected == 0 ? Double.NaN : observed / expected;
    }
}
