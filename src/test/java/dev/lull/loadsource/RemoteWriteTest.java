package dev.lull.loadsource;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** POST /api/v1/load/prometheus: remote write 1.0 bodies built here, stored through the load ingest. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RemoteWriteTest {
    static final long STEP = Duration.ofMinutes(5).toSeconds();
    /** A step boundary an hour before the suite's instant. */
    static final Instant T0 = Instant.ofEpochSecond(Math.floorDiv(Api.now().getEpochSecond(), STEP) * STEP - 3600);

    @Inject
    DataSource dataSource;

    @TestHTTPResource(value = "metrics", management = true)
    URL metricsUrl;

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void a_gauge_is_stored_as_its_last_value_in_each_step_at_the_step_end() throws SQLException {
        String host = Api.host("rwg", null);
        double before = metric("accepted");

        RemoteWrites.post(new RemoteWrites().of("lull_messages", host, at(1), 10, at(4), 12, at(6), 7).body(), 204)
                .header("X-Lull-Samples-Accepted", "3").header("X-Lull-Samples-Ignored", "0")
                .header("X-Lull-Points-Stored", "2");

        assertThat(samples(host)).containsExactly(at(5) + "=12.0", at(10) + "=7.0");
        assertThat(metric("accepted")).isEqualTo(before + 3);
    }

    @Test
    void a_counter_is_stored_as_its_increase_per_step_across_requests_with_a_reset_and_a_resend() throws SQLException {
        String host = Api.host("rwc", null);

        RemoteWrites.post(new RemoteWrites().of("lull_messages_total", host, at(1), 100, at(3), 130, at(6), 150)
                .body(), 204).header("X-Lull-Samples-Accepted", "3");
        RemoteWrites.post(new RemoteWrites().of("lull_messages_total", host, at(6), 150, at(7), 20, at(9), 45)
                .body(), 204).header("X-Lull-Samples-Accepted", "2").header("X-Lull-Samples-Ignored", "1");

        assertThat(samples(host)).containsExactly(at(5) + "=30.0", at(10) + "=65.0");
        assertThat(rows("select count(*) from load_hourly where host_id = (select id from host where name = '" + host
                + "') and total > 0")).isNotEqualTo("0");
    }

    @Test
    void samples_of_an_unknown_host_are_ignored_and_counted_and_no_host_is_created() {
        String host = Api.unique("rw-nobody");

        RemoteWrites.post(new RemoteWrites().of("lull_messages", host, at(1), 5, at(2), 6).body(), 204)
                .header("X-Lull-Samples-Accepted", "0").header("X-Lull-Samples-Ignored", "2")
                .header("X-Lull-Unknown-Hosts", "1");

        as("admin").get("/api/v1/hosts/{name}", host).then().statusCode(404);
    }

    @Test
    void other_metrics_series_without_the_host_label_and_staleness_markers_are_ignored_and_counted()
            throws SQLException {
        String host = Api.host("rwo", null);
        double before = metric("other-metric");

        RemoteWrites.post(new RemoteWrites().of("node_load1", host, at(1), 3)
                .series(Map.of("__name__", "lull_messages", "job", "x"), at(1), 4)
                .of("lull_messages", host, at(2), Double.NaN).body(), 204)
                .header("X-Lull-Samples-Accepted", "0").header("X-Lull-Samples-Ignored", "3")
                .header("X-Lull-Points-Stored", "0");

        assertThat(samples(host)).isEmpty();
        assertThat(metric("other-metric")).isEqualTo(before + 1);
        assertThat(metric("no-host-label")).isPositive();
        assertThat(metric("stale")).isPositive();
    }

    @Test
    void a_body_that_is_not_snappy_answers_400() {
        RemoteWrites.post(new byte[]{5, (byte) 0xff, (byte) 0xfe, 1, 2}, 400)
                .contentType("application/problem+json").body("detail", containsString("snappy"));
    }

    @Test
    void a_snappy_body_that_is_not_a_write_request_answers_400() {
        RemoteWrites.post(RemoteWrites.snappy(new byte[]{0x0a, (byte) 0xff, (byte) 0xff}), 400)
                .contentType("application/problem+json").body("detail", containsString("WriteRequest"));
    }

    @Test
    void a_body_declaring_more_than_the_uncompressed_limit_is_refused_before_it_is_inflated() {
        byte[] bomb = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x04, 0x00};

        RemoteWrites.post(bomb, 413).contentType("application/problem+json")
                .body("detail", containsString("declares 1073741824 bytes"));
    }

    @Test
    void a_body_over_the_compressed_limit_answers_413() {
        RemoteWrites.post(new byte[1024 * 1024 + 1], 413).contentType("application/problem+json");
    }

    @Test
    void another_encoding_answers_400_and_another_content_type_or_protocol_415() {
        byte[] body = new RemoteWrites().of("lull_messages", "h", at(1), 1).body();
        given().auth().preemptive().basic("ingest", "lull")
                .contentType("application/x-protobuf").header("Content-Encoding", "gzip").body(body)
                .post("/api/v1/load/prometheus").then().statusCode(400)
                .body("errors[0].field", equalTo("Content-Encoding"));
        RemoteWrites.as("ingest").contentType("application/json").body(body).post("/api/v1/load/prometheus")
                .then().statusCode(415);
        RemoteWrites.as("ingest").contentType("application/x-protobuf;proto=io.prometheus.write.v2.Request")
                .header("X-Prometheus-Remote-Write-Version", "2.0.0").body(body).post("/api/v1/load/prometheus")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void only_the_ingest_and_admin_roles_may_write_and_anonymous_requests_are_challenged() {
        byte[] body = new RemoteWrites().body();
        RemoteWrites.as("viewer").body(body).post("/api/v1/load/prometheus").then().statusCode(403);
        RemoteWrites.as(null).body(body).post("/api/v1/load/prometheus").then().statusCode(401);
        RemoteWrites.as("admin").body(body).post("/api/v1/load/prometheus").then().statusCode(204);
    }

    /** The host's raw samples as at=messages, in time order. */
    private List<String> samples(String host) throws SQLException {
        String sql = "select at, messages from load_sample where host_id = (select id from host where name = ?) "
                + "order by at";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, host);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getTimestamp(1).toInstant() + "=" + rs.getDouble(2));
                }
            }
            return rows;
        }
    }

    private String rows(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** lull_load_remote_write_samples_total of that outcome on /q/metrics (0 before the first). */
    private double metric(String outcome) {
        String metrics = given().get(metricsUrl).then().statusCode(200).extract()
                .asString();
        return metrics.lines().filter(l -> l.startsWith("lull_load_remote_write_samples_total{")
                && l.contains("outcome=\"" + outcome + "\"")).mapToDouble(l -> Double.parseDouble(
                        l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
