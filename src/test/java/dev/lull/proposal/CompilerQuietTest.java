package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

/** When a warm-up's own requests may stop: the compiler has had its least time and then been quiet for a window. */
@DisplayNameGeneration(ReplaceUnderscores.class)
class CompilerQuietTest {
    /** Feeds a reading every 500 ms from {@code from}, the compiler spending {@code perStep} ms in each; the last. */
    private static boolean readings(CompilerQuiet rule, long from, long compiled, int steps, long perStep) {
        boolean quiet = false;
        for (int i = 0; i <= steps; i++) {
            quiet = rule.quietAt(from + i * 500L, compiled + i * perStep);
        }
        return quiet;
    }

    @Test
    void a_busy_compiler_is_never_quiet() {
        assertThat(readings(CompilerQuiet.standard(), 1_000, 0, 40, 400)).isFalse();
    }

    @Test
    void a_compiler_that_caught_up_is_quiet_after_the_least_time() {
        CompilerQuiet rule = CompilerQuiet.standard();
        assertThat(rule.quietAt(0, 1_000)).isFalse();
        assertThat(readings(rule, 500, 1_400, 7, 0)).as("4 s only, under the least 5 s").isFalse();
        assertThat(readings(rule, 4_500, 1_400, 2, 0)).as("5.5 s, and 2 s quiet").isTrue();
    }

    @Test
    void a_compiler_time_that_never_moves_is_not_measured_and_never_quiet() {
        assertThat(readings(CompilerQuiet.standard(), 0, 0, 40, 0)).isFalse();
    }

    @Test
    void quiet_means_at_most_five_percent_of_the_window() {
        assertThat(readings(CompilerQuiet.standard(), 0, 10_000, 20, 25)).as("5 % exactly").isTrue();
        assertThat(readings(CompilerQuiet.standard(), 0, 10_000, 20, 26)).as("just over 5 %").isFalse();
    }

    @Test
    void one_burst_in_the_window_keeps_it_busy_until_it_leaves_the_window() {
        CompilerQuiet rule = CompilerQuiet.standard();
        rule.quietAt(0, 0);
        assertThat(readings(rule, 500, 100, 11, 0)).isTrue();
        assertThat(rule.quietAt(6_500, 700)).as("600 ms compiled in the last 500 ms").isFalse();
        assertThat(readings(rule, 7_000, 700, 2, 0)).as("2 s after the reading before it").isFalse();
        assertThat(readings(rule, 8_500, 700, 0, 0)).as("the burst left the window").isTrue();
    }

    @Test
    void a_window_not_yet_covered_is_not_quiet() {
        CompilerQuiet rule = new CompilerQuiet(Duration.ZERO, Duration.ofSeconds(2), 0.05);
        assertThat(rule.quietAt(0, 0)).isFalse();
        assertThat(rule.quietAt(1_000, 50)).as("half the window").isFalse();
        assertThat(rule.quietAt(1_500, 50)).as("three quarters of it").isTrue();
    }
}
