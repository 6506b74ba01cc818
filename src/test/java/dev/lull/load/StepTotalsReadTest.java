package dev.lull.load;

import static dev.lull.Api.ingestCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;
import dev.lull.inventory.Host;

/**
 * The totals a fit reads: one per hour or per 5 minutes of the range, NaN where nothing was sent, and the last whole
 * hour.
 */
@QuarkusTest
@DisplayNameGeneration(ReplaceUnderscores.class)
class StepTotalsReadTest {
    /**
     * Reads enough for the driver to prepare the statement on the server and take its results in binary, as it does
     * from its fifth execution on a connection, whichever of the pool's connections (8 at most) the reads get.
     */
    private static final int READS = 8 * 4 + 1;
    private static final Instant BASE = Api.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Inject
    LoadQueries queries;

    @Test
    void each_hour_of_the_range_has_its_total_at_its_index_and_nan_where_nothing_was_sent() {
        String host = Api.host("htr", null, "UTC", null);
        ingestCsv(
                "host,at,messages\n" + everyFiveMinutes(host, BASE, 12, 1) + host + "," + BASE.plus(Duration.ofHours(2))
                        + ",5\n" + everyFiveMinutes(host, BASE.plus(Duration.ofHours(3)), 3, 2),
                200);

        for (int read = 0; read < READS; read++) {
            HourlyTotals totals = queries.hourlyTotals(id(host), BASE.minus(Duration.ofHours(1)),
                    BASE.plus(Duration.ofHours(5)));

            assertThat(totals.totals()).containsExactly(Double.NaN, 12.0, Double.NaN, 5.0, 6.0, Double.NaN);
            assertThat(totals.lastWholeHour()).as("the hour of twelve samples, index 1").isEqualTo(1);
            assertThat(totals.wholeHoursFrom(1)).isTrue();
            assertThat(totals.wholeHoursFrom(2)).isFalse();
        }
    }

    @Test
    void a_range_after_all_samples_or_of_a_host_without_any_is_all_nan_with_no_whole_hour() {
        String host = Api.host("htr", null, "UTC", null);
        ingestCsv("host,at,messages\n" + everyFiveMinutes(host, BASE, 12, 3), 200);

        HourlyTotals after = queries.hourlyTotals(id(host), BASE.plus(Duration.ofHours(1)),
                BASE.plus(Duration.ofHours(4)));
        HourlyTotals none = queries.hourlyTotals(id(Api.host("htr", null, "UTC", null)), BASE,
                BASE.plus(Duration.ofHours(2)));

        assertThat(after.totals()).containsExactly(Double.NaN, Double.NaN, Double.NaN);
        assertThat(after.lastWholeHour()).isEqualTo(-1);
        assertThat(none.totals()).containsExactly(Double.NaN, Double.NaN);
        assertThat(none.lastWholeHour()).isEqualTo(-1);
    }

    /** CSV rows: {@code count} samples of {@code messages} each for the host, 5 minutes apart from {@code first}. */
    private static String everyFiveMinutes(String host, Instant first, int count, int messages) {
        StringBuilder rows = new StringBuilder();
        for (int step = 0; step < count; step++) {
            rows.append(host).append(',').append(first.plus(Duration.ofMinutes(5L * step))).append(',')
                    .append(messages).append('\n');
        }
        return rows.toString();
    }

    private static long id(String host) {
        return QuarkusTransaction.requiringNew().call(() -> Host.findByName(host).orElseThrow().id);
    }

    @Test
    void five_minute_totals_sum_each_step_at_its_index() {
        String host = Api.host("htr", null, "UTC", null);
        ingestCsv("host,at,messages\n" + host + "," + BASE + ",4\n" + host + "," + BASE.plusSeconds(90) + ",3\n" + host
                + "," + BASE.plus(Duration.ofMinutes(5)) + ",8\n", 200);

        for (int read = 0; read < READS; read++) {
            double[] totals = queries.fiveMinuteTotals(id(host), BASE.minus(Duration.ofMinutes(5)),
                    BASE.plus(Duration.ofMinutes(20)));

            assertThat(totals).containsExactly(Double.NaN, 7.0, 8.0, Double.NaN, Double.NaN);
        }
        assertThat(queries.fiveMinuteTotals(id(host), BASE.plus(Duration.ofHours(1)), BASE.plus(Duration.ofHours(2))))
                .hasSize(12).containsOnly(Double.NaN);
    }
}
