package dev.lull.load;

import static dev.lull.Api.as;
import static dev.lull.Api.ingestCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;
import dev.lull.inventory.Host;

/**
 * The weekly rows a fit reads (load_week): added by the job, equal to the hourly rollups of their week, removed by an
 * ingest into their week until the job adds them again, gone with their host or past their horizon; reads are exact
 * with or without them.
 */
@QuarkusTest
@DisplayNameGeneration(ReplaceUnderscores.class)
class LoadWeeksTest {
    /** Enough reads for the driver to take the results in binary on any of the pool's 8 connections. */
    private static final int READS = 8 * 4 + 1;
    private static final Instant HOUR = Api.now().truncatedTo(ChronoUnit.HOURS);
    private static final int HOURS = 5 * 168;
    private static final Instant FIRST = HOUR.minus(Duration.ofHours(HOURS));
    /** An hour of a past week that gets a sample per 5 minutes: whole. */
    private static final int WHOLE_HOUR = HOURS - 2 * 168 - 7;

    @Inject
    LoadQueries queries;

    @Inject
    LoadWeeks weeks;

    @Inject
    LoadRetention retention;

    @Inject
    DataSource dataSource;

    @Test
    void a_read_over_whole_and_partial_weeks_answers_every_hours_total_and_the_last_whole_hour() throws SQLException {
        String host = hostWithHistory();
        double[] expected = history();

        assertThat(weekRows(host)).as("the past weeks the history touched").hasSizeGreaterThanOrEqualTo(4);
        for (int read = 0; read < READS; read++) {
            HourlyTotals totals = queries.hourlyTotals(id(host), FIRST.minus(Duration.ofHours(3)), HOUR);

            assertThat(totals.totals()).containsExactly(concat(new double[]{Double.NaN, Double.NaN, Double.NaN},
                    expected));
            assertThat(totals.lastWholeHour()).isEqualTo(WHOLE_HOUR + 3);
        }
    }

    @Test
    void a_late_sample_in_a_past_week_removes_that_weeks_row_until_the_job_adds_it_again() throws SQLException {
        String host = hostWithHistory();
        Instant late = FIRST.plus(Duration.ofHours(200)).plus(Duration.ofMinutes(30));
        int rows = weekRows(host).size();

        ingestCsv("host,at,messages\n" + host + "," + late + ",1000\n", 200);

        double[] expected = history();
        expected[200] += 1000;
        assertThat(weekRows(host)).hasSize(rows - 1);
        assertThat(queries.hourlyTotals(id(host), FIRST, HOUR).totals()).containsExactly(expected);
        weeks.run();
        assertThat(rowTotal(host, FIRST.plus(Duration.ofHours(200)))).isEqualTo(expected[200]);
        assertThat(queries.hourlyTotals(id(host), FIRST, HOUR).totals()).containsExactly(expected);
    }

    @Test
    void the_job_adds_each_missing_week_again_as_it_was_and_removes_those_past_the_horizon() throws SQLException {
        String host = hostWithHistory();
        List<String> written = weekRows(host);
        update("delete from load_week where host_id = ?", id(host));
        update("insert into load_week values (?, timestamptz '2001-01-01 00:00:00+00', '{1}', -1)", id(host));

        LoadWeeks.Outcome outcome = weeks.run();

        assertThat(outcome.added()).as("%s", outcome).isGreaterThanOrEqualTo(written.size());
        assertThat(outcome.removed()).as("%s", outcome).isGreaterThanOrEqualTo(1);
        assertThat(weekRows(host)).isEqualTo(written);
        assertThat(queries.hourlyTotals(id(host), FIRST, HOUR).totals()).containsExactly(history());
    }

    @Test
    void ingest_removes_a_row_of_the_current_week_that_a_clock_ahead_made() throws SQLException {
        String host = hostWithHistory();
        Instant current = LoadPartitions.weekStart(Api.now());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into load_week values (?, ?, array_fill('NaN'::float8, array[168]), -1)")) {
            insert.setLong(1, id(host));
            insert.setTimestamp(2, Timestamp.from(current));
            insert.executeUpdate();
        }

        ingestCsv("host,at,messages\n" + host + "," + HOUR + ",4\n", 200);

        assertThat(weekRows(host)).isNotEmpty().noneMatch(row -> row.startsWith(current.toString()));
        double[] expected = concat(history(), new double[]{4});
        assertThat(queries.hourlyTotals(id(host), FIRST, HOUR.plus(Duration.ofHours(1))).totals())
                .containsExactly(expected);
    }

    @Test
    void deleting_a_host_or_retention_past_the_rollups_removes_its_rows() throws SQLException {
        String host = hostWithHistory();
        String other = hostWithHistory();
        update("insert into load_week values (?, timestamptz '2001-01-01 00:00:00+00', '{1}', -1)", id(other));

        as("admin").delete("/api/v1/hosts/{name}", host).then().statusCode(204);
        retention.run();

        assertThat(weekRowsOf("select week || ' ' from load_week w join host h on h.id = w.host_id where h.name = ?",
                host)).isEmpty();
        assertThat(weekRows(other)).isNotEmpty().noneMatch(row -> row.startsWith("2001"));
    }

    /**
     * A new UTC host with {@link #history()} stored, one sample per hour but a whole hour, in one batch, and its weekly
     * rows added by the job.
     */
    private String hostWithHistory() throws SQLException {
        String host = Api.host("week", null, "UTC", null);
        StringBuilder csv = new StringBuilder("host,at,messages\n");
        double[] history = history();
        for (int hour = 0; hour < HOURS; hour++) {
            Instant at = FIRST.plus(Duration.ofHours(hour));
            if (hour == WHOLE_HOUR) {
                for (int step = 0; step < 12; step++) {
                    csv.append(host).append(',').append(at.plus(Duration.ofMinutes(5L * step))).append(",1\n");
                }
            } else if (!Double.isNaN(history[hour])) {
                csv.append(host).append(',').append(at).append(',').append((int) history[hour]).append('\n');
            }
        }
        ingestCsv(csv.toString(), 200);
        assertThat(weekRows(host)).as("no row before the job adds it").isEmpty();
        weeks.run();
        return host;
    }

    /** The totals {@link #hostWithHistory()} stores from {@link #FIRST} to {@link #HOUR}: gaps every 11 hours. */
    private static double[] history() {
        double[] totals = new double[HOURS];
        for (int hour = 0; hour < HOURS; hour++) {
            totals[hour] = hour == WHOLE_HOUR ? 12 : hour % 11 == 0 ? Double.NaN : hour % 37 + 1;
        }
        return totals;
    }

    private static double[] concat(double[] first, double[] second) {
        double[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** The host's rows, each as its week, totals and last whole hour. */
    private List<String> weekRows(String host) throws SQLException {
        return weekRowsOf("select w.week || ' ' || w.totals::text || ' ' || w.last_whole from load_week w "
                + "join host h on h.id = w.host_id where h.name = ? order by w.week", host);
    }

    private List<String> weekRowsOf(String sql, String host) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql.replace("w.week ||",
                        "to_char(w.week at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') ||"))) {
            query.setString(1, host);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }

    /** The total the host's row of the week {@code hour} falls in holds for it. */
    private double rowTotal(String host, Instant hour) throws SQLException {
        Instant week = LoadPartitions.weekStart(hour);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select totals[?] from load_week where host_id = ? and week = ?")) {
            query.setInt(1, (int) Duration.between(week, hour).toHours() + 1);
            query.setLong(2, id(host));
            query.setTimestamp(3, Timestamp.from(week));
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).as("a row for the week of %s", hour).isTrue();
                return rs.getDouble(1);
            }
        }
    }

    private void update(String sql, long hostId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, hostId);
            statement.executeUpdate();
        }
    }

    private static long id(String host) {
        return QuarkusTransaction.requiringNew().call(() -> Host.findByName(host).orElseThrow().id);
    }
}
