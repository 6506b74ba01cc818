package dev.lull.proposal;

import java.util.Arrays;

/** The prior that weekdays are busier than the weekend, by which windows are ranked; it fades as history grows. */
final class QuietPrior {
    private static final double WEEKDAY_PENALTY = 0.2;

    private QuietPrior() {
    }

    /** Per hour of week: 1 on the weekend, 1 + 0.2 ÷ √weeks on a weekday. */
    static double[] factors(int weeks) {
        double weekday = 1 + WEEKDAY_PENALTY / Math.sqrt(Math.max(1, weeks));
        double[] factors = new double[HourOfWeek.COUNT];
        Arrays.setAll(factors, index -> new HourOfWeek(index).weekend() ? 1 : weekday);
        return factors;
    }

    /** Neutral factors, for a model that ranks by expected load alone. */
    static double[] none() {
        double[] factors = new double[HourOfWeek.COUNT];
        Arrays.fill(factors, 1);
        return factors;
    }
}
