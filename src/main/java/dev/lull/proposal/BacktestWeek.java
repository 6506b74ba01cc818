package dev.lull.proposal;

import dev.lull.schedule.Interval;

/**
 * One past week: the window the engine would have chosen from the data before it, the best window in hindsight, and
 * regret = (mean load in chosen − mean load in best) ÷ mean load over the week.
 */
public record BacktestWeek(Interval week, Interval chosen, Interval best, double regret) {
    /** A difference of means smaller than this share of the week's mean is rounding noise: the regret is 0. */
    static final double NOISE = 1e-9;

    /**
     * The regret of a week from the hourly means of the chosen window, the best window and the week; rounding noise
     * of the difference (it may even come out negative) counts as no regret.
     */
    static double regret(double chosenMean, double bestMean, double weekMean) {
        double difference = chosenMean - bestMean;
        return difference <= NOISE * Math.abs(weekMean) ? 0 : difference / weekMean;
    }
}
