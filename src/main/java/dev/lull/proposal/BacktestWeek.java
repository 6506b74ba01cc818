package dev.lull.proposal;

import dev.lull.schedule.Interval;

/**
 * One past week: the window the engine would have chosen from the data before it, the best window in hindsight, and
 * regret = (mean load in chosen − mean load in best) ÷ mean load over the week.
 */
public record BacktestWeek(Interval week, Interval chosen, Interval best, double regret) {
}
