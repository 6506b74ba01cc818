package dev.lull.proposal;

import java.time.Duration;
import java.util.List;

/** For each recent week: what the engine would have proposed, the best window in hindsight, and the regret. */
public record BacktestView(String host, Duration duration, List<BacktestWeek> weeks, Double medianRegret) {

    static BacktestView of(String host, Duration duration, Backtest backtest) {
        return new BacktestView(host, duration, backtest.weeks(),
                Double.isNaN(backtest.medianRegret()) ? null : backtest.medianRegret());
    }
}
