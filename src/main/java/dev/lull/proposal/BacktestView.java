package dev.lull.proposal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.platform.ApiNumbers;
import dev.lull.schedule.LocalInterval;

/**
 * For each recent week: what the engine would have proposed, the best window in hindsight, and the regret; every
 * interval also in the host's local time.
 */
public record BacktestView(String host, String timeZone, Duration duration, List<Week> weeks,
        @JsonSerialize(using = ApiNumbers.Ratio.class) Double medianRegret) {

    /** One past week as the API shows it. */
    public record Week(LocalInterval week, LocalInterval chosen, LocalInterval best,
            @JsonSerialize(using = ApiNumbers.Ratio.class) double regret) {
    }

    static BacktestView of(String host, ZoneId zone, Duration duration, Backtest backtest) {
        List<Week> weeks = backtest.weeks().stream().map(week -> new Week(LocalInterval.of(week.week(), zone),
                LocalInterval.of(week.chosen(), zone), LocalInterval.of(week.best(), zone), week.regret())).toList();
        return new BacktestView(host, zone.getId(), duration, weeks,
                Double.isNaN(backtest.medianRegret()) ? null : backtest.medianRegret());
    }
}
