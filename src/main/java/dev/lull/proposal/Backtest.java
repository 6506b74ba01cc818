package dev.lull.proposal;

import java.util.List;

/** How proposals would have fared over recent weeks; {@code medianRegret} is NaN when no week could be scored. */
public record Backtest(List<BacktestWeek> weeks, double medianRegret) {
    public Backtest {
        weeks = List.copyOf(weeks);
    }
}
