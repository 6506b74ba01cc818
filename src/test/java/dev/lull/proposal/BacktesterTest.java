package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(ReplaceUnderscores.class)
class BacktesterTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = Instant.parse("2025-06-09T00:30:00Z");
    final Backtester backtester = new Backtester(new ProposalEngine());

    @Test
    void a_steady_weekly_cycle_has_no_regret() {
        LoadSeries history = Synthetic.weeksBefore(Instant.parse("2025-06-09T00:00:00Z"), 8, PARIS,
                Synthetic::officeLoad);

        Backtest backtest = backtester.run(history, Duration.ofHours(2), 4, NOW);

        assertThat(backtest.weeks()).hasSize(4).allSatisfy(week -> {
            assertThat(week.chosen()).isEqualTo(week.best());
            assertThat(week.regret()).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-9));
        });
        assertThat(backtest.medianRegret()).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void a_week_whose_trough_moved_shows_regret_and_weeks_with_gaps_are_skipped() {
        Instant lastWeek = Instant.parse("2025-06-02T00:00:00Z");
        LoadSeries history = Synthetic.weeksBefore(Instant.parse("2025-06-09T00:00:00Z"), 6, PARIS, local -> {
            if (local.toInstant().isBefore(lastWeek.minus(Duration.ofDays(6)))
                    && local.toInstant().isAfter(lastWeek.minus(Duration.ofDays(7)))) {
                return Double.NaN;
            }
            boolean moved = !local.toInstant().isBefore(lastWeek) && local.getDayOfWeek().getValue() == 7
                    && local.getHour() >= 3 && local.getHour() < 5;
            return moved ? 900 : Synthetic.officeLoad(local);
        });

        Backtest backtest = backtester.run(history, Duration.ofHours(2), 3, NOW);

        assertThat(backtest.weeks()).hasSize(2);
        assertThat(backtest.weeks().get(1).regret()).isGreaterThan(0.1);
        assertThat(backtest.weeks().get(1).best().start()).isNotEqualTo(backtest.weeks().get(1).chosen().start());
    }
}
