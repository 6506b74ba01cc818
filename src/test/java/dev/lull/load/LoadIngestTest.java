package dev.lull.load;

import static dev.lull.Api.as;
import static dev.lull.Api.ingestCsv;
import static dev.lull.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LoadIngestTest {
    static final Instant BASE = Api.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Inject
    DataSource dataSource;

    @Inject
    LoadRetention retention;

    @Inject
    LoadQueries queries;

    @Inject
    NewPartitions partitions;

    static String host(String zone) {
        return Api.host("bts", null, zone, null);
    }

    static String csv(String... rows) {
        return "host,at,messages\n" + String.join("\n", rows) + "\n";
    }

    @Test
    void every_stored_batch_moves_the_history_version_of_its_hosts_and_only_theirs() throws SQLException {
        String host = host("UTC");
        String other = host("UTC");
        long id = hostId(host);
        assertThat(queries.historyVersion(id)).isEqualTo(HistoryVersion.NONE);
        ingestCsv(csv(host + "," + BASE + ",1", other + "," + BASE + ",1"), 200);
        ingestCsv(csv(host + "," + BASE.plusSeconds(300) + ",2"), 200);
        ingestCsv(csv(host + "," + BASE.plusSeconds(300) + ",x"), 400);
        assertThat(queries.historyVersion(id).version()).isEqualTo(2);
        assertThat(queries.historyVersion(hostId(other)).version()).isEqualTo(1);
    }

    @Test
    void samples_of_the_current_hour_leave_the_version_of_the_history_before_it_where_it_was() throws SQLException {
        Instant hour = Api.now().truncatedTo(ChronoUnit.HOURS);
        Instant before = hour.minusSeconds(3600);
        String host = host("UTC");
        long id = hostId(host);
        ingestCsv(csv(host + "," + before + ",1"), 200);
        HistoryVersion first = queries.historyVersion(id);
        assertThat(first).isEqualTo(new HistoryVersion(1, hour, 1, 0));

        ingestCsv(csv(host + "," + hour + ",5", host + "," + Api.now() + ",6"), 200);
        assertThat(queries.historyVersion(id).version()).isEqualTo(2);
        assertThat(queries.historyVersion(id).before(hour)).isEqualTo(1);
        assertThat(queries.historyVersion(id).before(before)).isEqualTo(0);
        assertThat(queries.historyVersion(id).before(hour.plusSeconds(3600))).isEqualTo(2);

        ingestCsv(csv(host + "," + hour.minusSeconds(60) + ",7", host + "," + hour.plusSeconds(60) + ",8"), 200);
        assertThat(queries.historyVersion(id).before(hour)).isEqualTo(3);
        assertThat(queries.historyVersion(id).before(before)).isEqualTo(0);

        ingestCsv(csv(host + "," + before.minusSeconds(60) + ",9"), 200);
        assertThat(queries.historyVersion(id).before(before)).isEqualTo(4);
    }

    @Test
    void in_a_new_hour_the_history_before_it_and_before_the_hour_before_start_from_the_versions_readers_used()
            throws SQLException {
        Instant hour = Api.now().truncatedTo(ChronoUnit.HOURS);
        Instant next = hour.plusSeconds(3600);
        String host = host("UTC");
        long id = hostId(host);
        ingestCsv(csv(host + "," + hour.minusSeconds(3600) + ",1"), 200);
        ingestCsv(csv(host + "," + hour + ",2"), 200);
        assertThat(queries.historyVersion(id).before(next)).isEqualTo(2);
        assertThat(queries.historyVersion(id).before(hour)).isEqualTo(1);

        Api.clockAt(next.plusSeconds(30));
        ingestCsv(csv(host + "," + next + ",3"), 200);
        HistoryVersion moved = queries.historyVersion(id);
        assertThat(moved).isEqualTo(new HistoryVersion(3, next, 2, 1));
        assertThat(moved.before(next)).isEqualTo(2);
        assertThat(moved.before(hour)).isEqualTo(1);
        assertThat(moved.before(hour.minusSeconds(3600))).isEqualTo(3);

        ingestCsv(csv(host + "," + next.minusSeconds(120) + ",4"), 200);
        assertThat(queries.historyVersion(id).before(next)).isEqualTo(4);
        assertThat(queries.historyVersion(id).before(hour)).isEqualTo(1);

        ingestCsv(csv(host + "," + hour.minusSeconds(60) + ",5"), 200);
        assertThat(queries.historyVersion(id).before(hour)).isEqualTo(5);
    }

    @Test
    void after_an_hour_without_ingest_the_history_before_the_hour_before_starts_from_the_last_version()
            throws SQLException {
        Instant hour = Api.now().truncatedTo(ChronoUnit.HOURS);
        String host = host("UTC");
        long id = hostId(host);
        ingestCsv(csv(host + "," + hour + ",1"), 200);
        ingestCsv(csv(host + "," + hour.plusSeconds(60) + ",2"), 200);

        Instant later = hour.plus(Duration.ofHours(2));
        Api.clockAt(later.plusSeconds(30));
        ingestCsv(csv(host + "," + hour.plusSeconds(3600) + ",3"), 200);
        assertThat(queries.historyVersion(id)).isEqualTo(new HistoryVersion(3, later, 3, 2));
    }

    @Test
    void a_batch_that_needs_a_new_partition_holds_up_no_other_ingest_while_it_waits_for_its_host() throws Exception {
        Instant at = LoadPartitions.weekStart(Api.now().plus(Duration.ofDays(3000 + new Random().nextInt(30_000))))
                .plus(Duration.ofHours(84));
        Api.clockAt(at);
        String waiting = host("UTC");
        String other = host("UTC");
        ingestCsv(csv(other + "," + at.minus(Duration.ofHours(2)) + ",1"), 200);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            lockHost(holder, hostId(waiting));
            Future<?> needsPartition = senders.submit(
                    () -> ingestCsv(csv(waiting + "," + at.minus(Duration.ofDays(7)) + ",1"), 200));
            await().atMost(Duration.ofSeconds(20)).until(() -> waitsForHostLock(hostId(waiting)));

            senders.submit(() -> ingestCsv(csv(other + "," + at.minus(Duration.ofHours(1)) + ",2"), 200))
                    .get(10, TimeUnit.SECONDS);
            assertThat(needsPartition).isNotDone();
            holder.rollback();
            needsPartition.get(20, TimeUnit.SECONDS);
        } finally {
            senders.shutdownNow();
        }
        assertThat(queries.historyVersion(hostId(waiting)).version()).isEqualTo(1);
    }

    @Test
    void this_weeks_and_next_weeks_partitions_are_made_ahead_of_their_samples() throws SQLException {
        Instant at = Api.now().plus(Duration.ofDays(3000 + new Random().nextInt(30_000)));
        Api.clockAt(at);
        partitions.ahead();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(LoadPartitions.missing(connection, at, at.plus(Duration.ofDays(7)))).isEmpty();
            assertThat(LoadPartitions.missing(connection, at.plus(Duration.ofDays(14)), at.plus(Duration.ofDays(14))))
                    .hasSize(1);
        }
    }

    /** Takes, on {@code connection}, the lock an ingest takes for the host (LoadSql.LOCK_HOSTS). */
    private static void lockHost(Connection connection, long hostId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(1819047020, ?)")) {
            lock.setInt(1, (int) hostId);
            lock.execute();
        }
    }

    private boolean waitsForHostLock(long hostId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from pg_locks "
                        + "where locktype = 'advisory' and classid = 1819047020 and objid = ? and not granted")) {
            query.setLong(1, hostId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private long hostId(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("select id from host where name = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void json_samples_are_stored_and_counted() {
        String host = host("UTC");
        as("ingest").body(List.of(Map.of("host", host, "at", BASE.toString(), "messages", 10),
                Map.of("host", host, "at", BASE.plusSeconds(300).toString(), "messages", 20.5)))
                .post("/api/v1/load")
                .then().statusCode(200).body("received", equalTo(2), "inserted", equalTo(2), "replaced", equalTo(0));
        as("viewer").queryParam("from", BASE.toString()).queryParam("to", BASE.plusSeconds(3600).toString())
                .queryParam("step", "PT5M").get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(200).body("points", hasSize(2), "points[1].messages", equalTo(20.5f),
                        "step", equalTo("PT5M"));
    }

    @Test
    void csv_samples_replace_existing_ones_and_rollups_stay_exact() throws SQLException {
        String host = host("UTC");
        ingestCsv(csv(host + "," + BASE + ",10", host + "," + BASE.plusSeconds(300) + ",1",
                host + "," + BASE.plusSeconds(3600) + ",7"), 200);
        ingestCsv(csv(host + "," + BASE + ",4", host + "," + BASE.plusSeconds(600) + ",30",
                host + "," + BASE.plusSeconds(600) + ",3"), 200)
                .body("received", equalTo(3), "inserted", equalTo(1), "replaced", equalTo(2));
        as("viewer").queryParam("from", BASE.toString()).queryParam("to", BASE.plusSeconds(7200).toString())
                .get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(200).body("points.messages", contains(8.0f, 7.0f), "points.samples", contains(3, 1));
        assertRollupsMatchRaw(host);
    }

    @Test
    void a_new_batch_repeating_a_sample_keeps_its_last_value() throws SQLException {
        String host = host("UTC");
        ingestCsv(csv(host + "," + BASE + ",1", host + "," + BASE.plusSeconds(300) + ",2",
                host + "," + BASE + ",9"), 200)
                .body("received", equalTo(3), "inserted", equalTo(2), "replaced", equalTo(1));
        as("viewer").queryParam("from", BASE.toString()).queryParam("step", "PT5M")
                .get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(200).body("points.messages", contains(9.0f, 2.0f));
        assertRollupsMatchRaw(host);
    }

    @Test
    void appending_batches_merge_into_existing_hours_exactly() throws SQLException {
        String host = host("UTC");
        ingestCsv(csv(host + "," + BASE + ",5", host + "," + BASE.plusSeconds(300) + ",1"), 200);
        ingestCsv(csv(host + "," + BASE.plusSeconds(600) + ",0.5", host + "," + BASE.plusSeconds(3600) + ",8"), 200);
        as("viewer").queryParam("from", BASE.toString()).get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(200).body("points.messages", contains(6.5f, 8.0f), "points.samples", contains(3, 1));
        assertRollupsMatchRaw(host);
    }

    @Test
    void new_samples_sent_out_of_order_merge_into_the_hours_they_fall_in_exactly() throws SQLException {
        String host = host("UTC");
        ingestCsv(csv(host + "," + BASE.plusSeconds(600) + ",4", host + "," + BASE.plusSeconds(3600) + ",8"), 200);
        ingestCsv(csv(host + "," + BASE + ",1", host + "," + BASE.plusSeconds(900) + ",2",
                host + "," + BASE.plusSeconds(3900) + ",16"), 200)
                .body("received", equalTo(3), "inserted", equalTo(3), "replaced", equalTo(0));
        as("viewer").queryParam("from", BASE.toString()).get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(200)
                .body("points.messages", contains(7.0f, 24.0f), "points.samples", contains(3, 2));
        assertRollupsMatchRaw(host);
    }

    @Test
    void deleting_a_host_deletes_its_samples() throws SQLException {
        String host = host("UTC");
        ingestCsv(csv(host + "," + BASE + ",5"), 200);
        long id;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id from host where name = '" + host + "'")) {
            rs.next();
            id = rs.getLong(1);
        }
        as("admin").delete("/api/v1/hosts/{name}", host).then().statusCode(204);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select (select count(*) from load_sample where host_id = " + id
                        + ") + (select count(*) from load_hourly where host_id = " + id + ")")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void one_bad_row_anywhere_stores_nothing_and_names_its_line() {
        String host = host("UTC");
        ingestCsv(csv(host + "," + BASE + ",1", host + "," + BASE.plusSeconds(300) + ",2",
                host + "," + BASE.plusSeconds(600) + ",-3"), 400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("line 4"), "detail", containsString(">= 0"));
        as("viewer").queryParam("from", BASE.toString()).queryParam("step", "PT5M")
                .get("/api/v1/hosts/{name}/load", host).then().statusCode(200).body("points", hasSize(0));
    }

    @Test
    void every_kind_of_bad_sample_is_a_400_naming_it() {
        String host = host("UTC");
        Map<String, String> rows = Map.of(
                host + "," + BASE + ",NaN", "finite",
                host + "," + BASE + ",abc", "number",
                host + ",yesterday,1", "ISO-8601",
                host + ",1999-12-31T23:55:00Z,1", "before 2000",
                host + "," + Api.now().plus(2, ChronoUnit.DAYS) + ",1", "future",
                host + "," + BASE, "3 fields",
                "Bad Host," + BASE + ",1", "host name");
        rows.forEach((row, reason) -> ingestCsv(csv(row), 400)
                .body("errors[0].field", equalTo("line 2"), "detail", containsString(reason)));
        ingestCsv("when,what\n", 400).body("detail", containsString("header"));
        ingestCsv("", 400);
        ingestCsv("host,at,messages\n", 400).body("detail", containsString("no samples"));
    }

    @Test
    void bad_json_samples_are_named_by_index() {
        String host = host("UTC");
        as("ingest").body("[{\"host\":\"" + host + "\",\"at\":\"" + BASE + "\",\"messages\":1},"
                + "{\"host\":\"" + host + "\",\"at\":\"" + BASE + "\",\"messages\":-1}]")
                .post("/api/v1/load").then().statusCode(400).body("errors[0].field", equalTo("[1]"));
        as("ingest").body("[{\"host\":\"" + host + "\",\"at\":\"" + BASE + "\",\"messages\":1,\"x\":2}]")
                .post("/api/v1/load").then().statusCode(400).body("errors[0].field", equalTo("[0].x"));
        as("ingest").body("[{\"host\":\"" + host + "\",\"at\":\"" + BASE + "\"}]")
                .post("/api/v1/load").then().statusCode(400).body("errors[0].field", equalTo("[0]"));
        as("ingest").body("{\"host\":\"x\"}").post("/api/v1/load").then().statusCode(400);
        as("ingest").body("[{\"host\":").post("/api/v1/load").then().statusCode(400);
        as("ingest").body("[]").post("/api/v1/load").then().statusCode(400);
        as("ingest").body("[{\"host\":\"" + "h".repeat(100_000) + "\",\"at\":\"" + BASE + "\",\"messages\":1}]")
                .post("/api/v1/load").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("1024"));
    }

    @Test
    void unknown_hosts_are_named_unless_created_on_the_fly() {
        String known = host("UTC");
        String ghost = unique("ghost");
        ingestCsv(csv(known + "," + BASE + ",1", ghost + "," + BASE + ",2"), 422)
                .body("unknownHosts", contains(ghost), "detail", containsString(ghost));
        given().auth().preemptive().basic("ingest", "lull").contentType("text/csv").queryParam("createHosts", true)
                .body(csv(known + "," + BASE + ",1", ghost + "," + BASE + ",2",
                        ghost + "," + BASE.plusSeconds(300) + ",3"))
                .post("/api/v1/load").then().statusCode(200).body("inserted", equalTo(3));
        as("viewer").get("/api/v1/hosts/{name}", ghost).then().statusCode(200).body("timeZone", equalTo("UTC"));
    }

    @Test
    void a_body_over_the_limit_is_413_and_stores_nothing() {
        String host = host("UTC");
        String row = host + "," + BASE + ",1\n";
        String body = "host,at,messages\n" + row.repeat(1_100_000 / row.length());
        ingestCsv(body, 413).contentType("application/problem+json").body("status", equalTo(413));
        as("viewer").queryParam("from", BASE.toString()).queryParam("step", "PT5M")
                .get("/api/v1/hosts/{name}/load", host).then().statusCode(200).body("points", hasSize(0));
    }

    @Test
    void only_ingest_and_admin_may_write_load() {
        String host = host("UTC");
        given().auth().preemptive().basic("viewer", "lull").contentType("text/csv").body(csv(host + "," + BASE + ",1"))
                .post("/api/v1/load").then().statusCode(403);
        given().auth().preemptive().basic("manager", "lull").contentType("text/csv").body(csv(host + "," + BASE + ",1"))
                .post("/api/v1/load").then().statusCode(403);
        given().auth().preemptive().basic("admin", "lull").contentType("text/csv").body(csv(host + "," + BASE + ",1"))
                .post("/api/v1/load").then().statusCode(200);
        given().contentType("text/csv").body(csv(host + "," + BASE + ",1")).post("/api/v1/load").then().statusCode(401);
        as("ingest").contentType("text/plain").body("x").post("/api/v1/load").then().statusCode(415);
    }

    @Test
    void retention_removes_old_raw_samples_keeps_their_rollups_and_seals_their_hours() throws SQLException {
        String host = host("UTC");
        Instant old = Api.now().minus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ingestCsv(csv(host + "," + old + ",5", host + "," + old.plusSeconds(300) + ",6", host + "," + BASE + ",1"),
                200);
        assertThat(retention.run().skipped()).isFalse();
        as("viewer").queryParam("from", old.toString()).queryParam("to", old.plusSeconds(3600).toString())
                .queryParam("step", "PT5M").get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(200).body("points", hasSize(0));
        as("viewer").queryParam("from", old.toString()).queryParam("to", old.plusSeconds(3600).toString())
                .get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(200).body("points.messages", contains(11.0f), "points.samples", contains(2));
        ingestCsv(csv(host + "," + old.plusSeconds(600) + ",7"), 409);
        ingestCsv(csv(host + "," + BASE.plusSeconds(300) + ",2"), 200);
        assertRollupsMatchRaw(host);
    }

    @Test
    void retention_far_behind_seals_day_by_day_up_to_the_cutoff_and_drops_rollups_past_theirs() throws SQLException {
        String host = host("UTC");
        Instant cutoff = Api.now().minus(35, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Instant longAgo = cutoff.minus(20, ChronoUnit.DAYS);
        Instant before = cutoff.minus(1, ChronoUnit.HOURS);
        Instant after = cutoff.plus(1, ChronoUnit.HOURS);
        Instant pastRollups = Api.now().minus(731, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ingestCsv(csv(host + "," + pastRollups + ",2", host + "," + longAgo + ",3", host + "," + before + ",5",
                host + "," + before.plusSeconds(300) + ",6", host + "," + after + ",7"), 200);

        LoadRetention.Outcome outcome = retention.run();

        assertThat(outcome.hoursSealed()).as("%s", outcome).isGreaterThanOrEqualTo(2);
        assertThat(outcome.rollupsDeleted()).as("%s", outcome).isGreaterThanOrEqualTo(1);
        assertThat(hourlyOf(host)).containsExactly(longAgo + " 3.0 sealed", before + " 11.0 sealed",
                after + " 7.0 open");
        as("viewer").queryParam("from", longAgo.toString()).queryParam("to", cutoff.toString())
                .queryParam("step", "PT5M").get("/api/v1/hosts/{name}/load", host)
                .then().statusCode(200).body("points", hasSize(0));
        ingestCsv(csv(host + "," + after.plusSeconds(300) + ",8"), 200);
        assertRollupsMatchRaw(host);
    }

    @Test
    void two_replicas_running_retention_at_once_do_the_work_once_and_neither_fails() throws Exception {
        String host = host("UTC");
        Instant old = Api.now().minus(50, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ingestCsv(csv(host + "," + old + ",5", host + "," + BASE + ",1"), 200);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        List<Future<LoadRetention.Outcome>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(replicas.submit(() -> {
                start.await();
                return retention.run();
            }));
        }
        start.countDown();
        List<LoadRetention.Outcome> outcomes = new ArrayList<>();
        for (var run : runs) {
            outcomes.add(run.get(60, TimeUnit.SECONDS));
        }
        replicas.shutdown();
        long working = outcomes.stream().filter(o -> o.hoursSealed() + o.partitionsDropped() + o.rawRowsDeleted() > 0)
                .count();
        assertThat(working).as("%s", outcomes).isEqualTo(1);
        assertRollupsMatchRaw(host);
    }

    void assertRollupsMatchRaw(String host) throws SQLException {
        String raw = "select date_bin('1 hour', at, timestamptz '2000-01-01 00:00:00+00') h, sum(messages), count(*), "
                + "min(messages), max(messages) from load_sample s join host on host.id = s.host_id where host.name = '"
                + host + "' group by 1";
        String rolled = "select hour, total, samples, min, max from load_hourly r join host on host.id = r.host_id "
                + "where host.name = '" + host + "' and not sealed";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(rows(statement, rolled)).isNotEmpty().containsExactlyInAnyOrderElementsOf(rows(statement, raw));
        }
    }

    /** The host's hourly rollups: hour, total and whether sealed. */
    private List<String> hourlyOf(String host) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select r.hour, r.total, r.sealed from "
                        + "load_hourly r join host h on h.id = r.host_id where h.name = ? order by r.hour")) {
            query.setString(1, host);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getTimestamp(1).toInstant() + " " + rs.getDouble(2) + " "
                            + (rs.getBoolean(3) ? "sealed" : "open"));
                }
            }
        }
        return rows;
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getTimestamp(1).toInstant() + " " + rs.getDouble(2) + " " + rs.getLong(3) + " "
                        + rs.getDouble(4) + " " + rs.getDouble(5));
            }
        }
        return rows;
    }
}
