package dev.lull.loadsource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;
import dev.lull.MonitoringProcess;

/** A real Prometheus scraping a lull_messages gauge and counter and remote-writing them into Lull. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PrometheusRemoteWriteTest {
    static MonitoringProcess prometheus;

    @TestHTTPResource("/api/v1/load/prometheus")
    URL remoteWrite;

    @Inject
    DataSource dataSource;

    @AfterAll
    static void stop() throws IOException {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    @Test
    void a_real_prometheus_configured_to_remote_write_into_lull_delivers_live_samples() throws Exception {
        Api.clockAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        String gauged = Api.host("rwpg", null);
        String counted = Api.host("rwpc", null);
        prometheus = MonitoringProcess.prometheus("""
                remote_write:
                  - url: %s
                    basic_auth:
                      username: ingest
                      password: lull
                    queue_config:
                      batch_send_deadline: 1s
                      min_backoff: 100ms
                      max_backoff: 1s
                """.formatted(remoteWrite));
        prometheus.expose(exposition(gauged, counted, 1000));

        await(() -> sum("select coalesce(max(messages), -1)", gauged) == 42, "the gauge's samples arrive");
        prometheus.expose(exposition(gauged, counted, 1250));
        await(() -> sum("select coalesce(sum(messages), 0)", counted) == 250, "the counter's increase arrives");

        assertThat(sum("select count(*)", gauged)).isPositive();
    }

    private static String exposition(String gauged, String counted, long counter) {
        return "lull_messages{instance=\"" + gauged + "\"} 42\n" + "lull_messages_total{instance=\"" + counted
                + "\"} " + counter + "\n";
    }

    private double sum(String select, String host) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        select + " from load_sample where host_id = (select id from host where name = ?)")) {
            query.setString(1, host);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }

    private static void await(Condition condition, String what) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.holds()) {
            assertThat(Instant.now()).as(what + " within 90 s").isBefore(deadline);
            Thread.sleep(500);
        }
    }

    /** A check on the database, polled. */
    private interface Condition {
        boolean holds() throws SQLException;
    }
}
