package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BacktestWeekTest {
    @Test
    void regret_is_the_difference_of_means_over_the_week_mean() {
        assertThat(BacktestWeek.regret(150, 100, 500)).isEqualTo(0.1);
    }

    @Test
    void rounding_noise_of_a_difference_of_sums_is_no_regret() {
        double chosen = 0.1 + 0.2 + 0.3;
        double best = 0.3 + 0.2 + 0.1;
        assertThat(chosen - best).isNotZero();
        assertThat(BacktestWeek.regret(chosen, best, 0.2)).isZero();
        assertThat(BacktestWeek.regret(best, chosen, 0.2)).isZero();
    }
}
