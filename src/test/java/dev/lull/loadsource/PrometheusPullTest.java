package dev.lull.loadsource;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;
import dev.lull.MonitoringProcess;
import dev.lull.NoticeLog;
import dev.lull.platform.NoticeType;

/** The puller against a real Prometheus seeded with eight weeks of five-minute samples. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PrometheusPullTest {
    static final Duration STEP = Duration.ofMinutes(5);
    static final long STEP_SECONDS = STEP.toSeconds();
    /** The last complete step at the suite's instant, and the first step of an eight-week backfill. */
    static final Instant END = Instant.ofEpochSecond(
            Math.floorDiv(Api.now().getEpochSecond(), STEP_SECONDS) * STEP_SECONDS - STEP_SECONDS);
    static final Instant START = Instant.ofEpochSecond(
            -Math.floorDiv(-Api.now().minus(Duration.ofDays(56)).getEpochSecond(), STEP_SECONDS) * STEP_SECONDS);
    static final int POINTS = (int) (Duration.between(START, END).toSeconds() / STEP_SECONDS + 1);
    static final String METRIC = "lull_seed_messages";

    static MonitoringProcess prometheus;

    @Inject
    LoadPuller puller;

    @Inject
    DataSource dataSource;

    @Inject
    NoticeLog notices;

    @BeforeAll
    static void start() throws IOException {
        prometheus = MonitoringProcess.prometheus();
    }

    @AfterAll
    static void stop() throws IOException {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    /** A value per step that varies over the day and differs between hosts. */
    static double messages(int hostSeed, Instant at) {
        return (at.getEpochSecond() / STEP_SECONDS * 37 + hostSeed) % 1000 + 0.25;
    }

    /** Seeds Prometheus with these hosts' eight weeks and waits until it holds every sample. */
    static void seed(int hostSeed, String... hosts) {
        StringBuilder lines = new StringBuilder();
        for (String host : hosts) {
            for (Instant at = START; !at.isAfter(END); at = at.plus(STEP)) {
                lines.append(METRIC).append("{instance=\"").append(host).append("\"} ")
                        .append(messages(hostSeed, at)).append(' ').append(at.toEpochMilli()).append('\n');
            }
        }
        prometheus.expose(lines.toString());
        String count = "count_over_time(" + METRIC + "{instance=\"" + hosts[hosts.length - 1] + "\"}[60d])";
        Instant deadline = Instant.now().plusSeconds(120);
        while (!prometheus.get("/api/v1/query?query=" + encode(count) + "&time=" + END.getEpochSecond())
                .contains("\"" + POINTS + "\"")) {
            assertThat(Instant.now()).as("Prometheus holds the seeded samples in time").isBefore(deadline);
            sleep();
        }
        prometheus.expose("");
    }

    static String csvOf(int hostSeed, String host, Instant from, Instant to) {
        StringBuilder csv = new StringBuilder("host,at,messages\n");
        for (Instant at = from; at.isBefore(to) && !at.isAfter(END); at = at.plus(STEP)) {
            csv.append(host).append(',').append(at).append(',').append(messages(hostSeed, at)).append('\n');
        }
        return csv.toString();
    }

    static void putSource(String host, String query) {
        as("admin").body(Map.of("type", "prometheus", "url", prometheus.url().toString(), "query", query, "step",
                "PT5M", "backfill", "P8W")).put("/api/v1/hosts/{name}/load-source", host).then().statusCode(201);
    }

    static String hostQuery() {
        return METRIC + "{instance=\"{host}\"}";
    }

    @Test
    void eight_weeks_backfilled_from_prometheus_equal_sample_for_sample_the_same_data_ingested_by_csv()
            throws SQLException {
        String pulled = Api.host("prom", null);
        String posted = Api.host("csv", null);
        seed(7, pulled);
        for (Instant week = START; !week.isAfter(END); week = week.plus(Duration.ofDays(7))) {
            Api.ingestCsv(csvOf(7, posted, week, week.plus(Duration.ofDays(7))), 200);
        }
        putSource(pulled, hostQuery());

        PullRun run = puller.pullDue(Api.now());

        assertThat(run.points()).isEqualTo(POINTS);
        assertThat(rows(pulled, "select at, messages from load_sample")).hasSize(POINTS)
                .isEqualTo(rows(posted, "select at, messages from load_sample"));
        assertThat(rows(pulled, "select hour, total, samples, min, max from load_hourly"))
                .isEqualTo(rows(posted, "select hour, total, samples, min, max from load_hourly"));
        as("admin").get("/api/v1/hosts/{name}/load-source", pulled).then().statusCode(200)
                .body("hosts[0].host", equalTo(pulled)).body("hosts[0].points", equalTo(POINTS))
                .body("hosts[0].pulledUntil", equalTo(END.toString()))
                .body("hosts[0].lagSeconds", equalTo((int) Duration.between(END, Api.now()).toSeconds()))
                .body("hosts[0].lastError", equalTo(null)).body("failing", equalTo(false));
        assertThat(puller.pullDue(Api.now()).points()).as("a second run at the same instant has nothing due")
                .isZero();
        delete(pulled);
    }

    @Test
    void a_restart_in_the_middle_of_a_backfill_resumes_where_it_stopped_and_stores_nothing_twice()
            throws SQLException {
        String host = Api.host("prom", null);
        seed(3, host);
        putSource(host, hostQuery());

        PullRun crashed = puller.pullDue(Api.now(), 1);
        assertThat(crashed.points()).as("one page of 10,000 points, then the replica dies").isEqualTo(10_000);
        assertThat(puller.pullDue(Api.now()).points()).as("the crashed replica still holds the lease").isZero();
        expireLeases();
        PullRun resumed = puller.pullDue(Api.now());

        assertThat(resumed.points()).isEqualTo(POINTS - 10_000);
        assertThat(count(host)).isEqualTo(POINTS);
        as("admin").get("/api/v1/hosts/{name}/load-source", host).then().statusCode(200)
                .body("hosts[0].points", equalTo(POINTS)).body("hosts[0].pulledUntil", equalTo(END.toString()));
        assertThat(rows(host, "select at, messages from load_sample").get(POINTS - 1))
                .isEqualTo(List.of(END.toString(), Double.toString(messages(3, END))));
        delete(host);
    }

    @Test
    void two_replicas_pulling_at_once_pull_each_point_once() throws Exception {
        String host = Api.host("prom", null);
        seed(5, host);
        putSource(host, hostQuery());
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PullRun>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(replicas.submit(() -> {
                start.await();
                return puller.pullDue(Api.now());
            }));
        }
        start.countDown();
        long points = 0;
        for (Future<PullRun> run : runs) {
            points += run.get(5, TimeUnit.MINUTES).points();
        }
        replicas.shutdown();

        assertThat(points).isEqualTo(POINTS);
        assertThat(count(host)).isEqualTo(POINTS);
        as("admin").get("/api/v1/hosts/{name}/load-source", host).then().body("hosts[0].points", equalTo(POINTS));
        delete(host);
    }

    @Test
    void query_errors_show_in_the_status_and_a_source_that_keeps_failing_is_announced_once_until_it_recovers() {
        String host = Api.host("prom", null);
        String other = Api.host("prom", null);
        seed(9, host, other);
        putSource(host, METRIC + "{instance=~\"" + host + "|" + other + "\"}");
        puller.pullDue(Api.now());
        String etag = as("admin").get("/api/v1/hosts/{name}/load-source", host).then().statusCode(200)
                .body("hosts[0].lastError", containsString("returned 2 series for host " + host)).extract()
                .header("ETag");

        as("admin").header("If-Match", etag).body(Map.of("type", "prometheus", "url", prometheus.url().toString(),
                "query", "sum(rate(" + METRIC + "{instance=\"{host}\"}[5m]", "backfill", "P8W"))
                .put("/api/v1/hosts/{name}/load-source", host).then().statusCode(200);
        for (int run = 0; run < 4; run++) {
            puller.pullDue(Api.now());
        }
        etag = as("admin").get("/api/v1/hosts/{name}/load-source", host).then().statusCode(200)
                .body("hosts[0].lastError", containsString("bad_data")).body("hosts[0].points", equalTo(0))
                .body("failing", equalTo(true)).extract().header("ETag");
        assertThat(notices.where("name", host)).extracting(notice -> notice.type())
                .containsExactly(NoticeType.LOAD_SOURCE_FAILING);

        as("admin").header("If-Match", etag).body(Map.of("type", "prometheus", "url", prometheus.url().toString(),
                "query", hostQuery(), "backfill", "P8W")).put("/api/v1/hosts/{name}/load-source", host).then()
                .statusCode(200);
        puller.pullDue(Api.now());
        puller.pullDue(Api.now());

        as("admin").get("/api/v1/hosts/{name}/load-source", host).then().body("hosts[0].lastError", equalTo(null))
                .body("hosts[0].points", equalTo(POINTS)).body("failing", equalTo(false));
        assertThat(notices.where("name", host)).extracting(notice -> notice.type())
                .containsExactly(NoticeType.LOAD_SOURCE_FAILING, NoticeType.LOAD_SOURCE_RECOVERED);
        delete(host);
    }

    private static void delete(String host) {
        String etag = as("admin").get("/api/v1/hosts/{name}/load-source", host).then().extract().header("ETag");
        as("admin").header("If-Match", etag).delete("/api/v1/hosts/{name}/load-source", host).then().statusCode(204);
    }

    private void expireLeases() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement expire = connection.prepareStatement("update load_source set locked_until = ?")) {
            expire.setTimestamp(1, Timestamp.from(Api.now()));
            expire.executeUpdate();
        }
    }

    private long count(String host) throws SQLException {
        return rows(host, "select count(*) from load_sample").get(0).get(0).equals("0")
                ? 0
                : Long.parseLong(rows(host, "select count(*) from load_sample").get(0).get(0));
    }

    /** The rows of {@code select} for the host, ordered by the first column, as text. */
    private List<List<String>> rows(String host, String select) throws SQLException {
        String sql = select + " where host_id = (select id from host where name = ?)"
                + (select.contains("count(") ? "" : " order by 1");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, host);
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        row.add(value instanceof Timestamp at
                                ? at.toInstant().toString()
                                : String.valueOf(value));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
