package dev.lull.proposal;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.lull.Api;

/**
 * Cached answers follow the database's announcements: what another replica writes (here: SQL straight into the
 * database, as another replica's transaction would) is respected by the next answer once its announcement arrived,
 * also across a lost listening connection; and a repeated question needs no database at all.
 */
@QuarkusTest
@DisplayNameGeneration(ReplaceUnderscores.class)
class VersionAnnouncementsTest {
    static final Duration BOUND = Duration.ofSeconds(20);

    @Inject
    DataSource dataSource;
    @Inject
    ProposalVersions versions;
    @Inject
    VersionListener listener;
    @Inject
    ProposalDesk desk;

    @BeforeEach
    void listening() {
        await().atMost(BOUND).until(() -> versions.knownTimeline().isPresent() && listener.backendPid() != 0);
    }

    @Test
    void a_blackout_another_replica_adds_is_respected_by_the_next_answer_here() throws SQLException {
        String host = ProposalResourceTest.hostWithHistory(null);
        JsonPath first = ask(host);
        assertThat(ask(host).prettify()).isEqualTo(first.prettify());
        Instant start = Instant.parse(first.getString("candidates[0].start"));

        long moved = blackout(host, start, start.plus(Duration.ofHours(2)));

        await().atMost(BOUND).until(() -> versions.knownTimeline().orElse(-1) >= moved);
        assertThat(ask(host).getList("candidates.start", String.class)).isNotEmpty()
                .doesNotContain(start.toString());
    }

    @Test
    void history_another_replica_ingests_is_used_by_the_next_answer_here() throws SQLException {
        String host = ProposalResourceTest.hostWithHistory(null);
        long id = desk.host(host).id();
        assertThat(ask(host).getString("candidates[0].localStart")).containsAnyOf("T02:", "T03:");
        long moved;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement quiet = connection.prepareStatement("update load_hourly set total = 0 "
                    + "where host_id = ? and extract(hour from hour at time zone 'Europe/Paris') in (14, 15)");
                    PreparedStatement weeks = connection.prepareStatement(
                            "delete from load_week where host_id = ?");
                    PreparedStatement bump = connection.prepareStatement("update load_history_version "
                            + "set version = version + 1, settled = version + 1, settled_before = version + 1 "
                            + "where host_id = ? returning version")) {
                quiet.setLong(1, id);
                assertThat(quiet.executeUpdate()).isPositive();
                // an ingest rewrites the past weeks' rows too; without them, fits read the rollups
                weeks.setLong(1, id);
                weeks.executeUpdate();
                bump.setLong(1, id);
                try (ResultSet rows = bump.executeQuery()) {
                    rows.next();
                    moved = rows.getLong(1);
                }
            }
            connection.commit();
        }

        await().atMost(BOUND).until(() -> versions.history(id, Api.now().truncatedTo(ChronoUnit.HOURS)) >= moved);
        assertThat(ask(host).getString("candidates[0].localStart")).contains("T14:");
    }

    @Test
    void a_repeated_question_is_answered_while_the_host_and_version_tables_are_locked() throws Exception {
        String host = ProposalResourceTest.hostWithHistory(null);
        String answer = ask(host).prettify();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement lock = connection.createStatement()) {
                lock.execute("lock table host, timeline_version, load_history_version in access exclusive mode");
                CompletableFuture<String> repeated = CompletableFuture.supplyAsync(() -> ask(host).prettify());
                assertThat(repeated.get(BOUND.toSeconds(), TimeUnit.SECONDS)).isEqualTo(answer);
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void answers_stay_right_when_the_listening_connection_is_killed_and_it_connects_again() throws SQLException {
        String host = ProposalResourceTest.hostWithHistory(null);
        Instant start = Instant.parse(ask(host).getString("candidates[0].start"));
        int killed = listener.backendPid();
        try (Connection connection = dataSource.getConnection(); Statement kill = connection.createStatement()) {
            assertThat(single(kill, "select pg_terminate_backend(" + killed + ")")).isEqualTo("t");
        }
        await().atMost(BOUND).until(() -> listener.backendPid() != killed);

        long moved = blackout(host, start, start.plus(Duration.ofHours(2)));
        await().atMost(BOUND).until(() -> versions.timeline() >= moved);
        JsonPath avoiding = ask(host);
        assertThat(avoiding.getList("candidates.start", String.class)).doesNotContain(start.toString());

        await().atMost(BOUND).until(() -> listener.backendPid() != 0 && listener.backendPid() != killed
                && versions.knownTimeline().isPresent());
        Instant next = Instant.parse(avoiding.getString("candidates[0].start"));
        long movedAgain = blackout(host, next, next.plus(Duration.ofHours(2)));
        await().atMost(BOUND).until(() -> versions.knownTimeline().orElse(-1) >= movedAgain);
        assertThat(ask(host).getList("candidates.start", String.class)).doesNotContain(start.toString(),
                next.toString());
    }

    private static JsonPath ask(String host) {
        return as("viewer").queryParam("duration", "PT2H").queryParam("step", "PT1H").queryParam("limit", 3)
                .get("/api/v1/hosts/{name}/proposals", host).then().statusCode(200).extract().jsonPath();
    }

    /** Adds a blackout of the host as another replica would, and returns the timeline version it moved to. */
    private long blackout(String host, Instant start, Instant end) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into blackout "
                        + "(name, start_at, end_at, time_zone, hosts, reason, created_at, updated_at) "
                        + "values ('elsewhere', ?, ?, ?, array[?], 'added on another replica', now(), now())");
                Statement version = connection.createStatement()) {
            insert.setTimestamp(1, Timestamp.from(start));
            insert.setTimestamp(2, Timestamp.from(end));
            insert.setString(3, ZoneId.of("UTC").getId());
            insert.setString(4, host);
            insert.executeUpdate();
            return Long.parseLong(single(version, "select version from timeline_version where id = 1"));
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
