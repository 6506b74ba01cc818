package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

/** The percentages in reasons read as {@code String.format("%.1f%%")} writes them, without parsing a pattern. */
@DisplayNameGeneration(ReplaceUnderscores.class)
class ReasonsTest {
    @Test
    void a_percentage_reads_as_the_formatter_writes_it() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 200_000; i++) {
            double ratio = i % 2 == 0
                    ? random.nextDouble() * 2
                    : Math.rint(random.nextDouble() * 20_000) / 10_000
                            + (random.nextBoolean() ? 5e-5 : -5e-5);
            assertThat(Reasons.percent(ratio)).as("ratio %s", ratio).isEqualTo(formatted(ratio));
        }
        for (double ratio : new double[]{0, -0.0, 0.00049, 0.0005, 0.1234, 0.12345, 0.99995, 1, 12.3456, -0.5, 1e9,
                Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE}) {
            assertThat(Reasons.percent(ratio)).as("ratio %s", ratio).isEqualTo(formatted(ratio));
        }
    }

    private static String formatted(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * ratio);
    }
}
