package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.restassured.path.json.JsonPath;

import dev.lull.PackagedService;

/**
 * Two packaged instances on one schema, as two replicas against one PostgreSQL: what one of them writes (a blackout,
 * an ingest) is respected by the other's answers as soon as the database's announcement of it has arrived — although
 * that one answers repeated questions from its own caches without reading the database. Each instance's version check
 * (the safety net) is set to an hour, so only announcements can tell B of A's writes. The announcement is not
 * synchronous with A's answer, so B is asked right after it and again until its answer is right, for at most
 * {@link #ANNOUNCEMENT}; the stale answers before it are counted and printed (usually none: B's very next answer).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(ReplaceUnderscores.class)
class TwoReplicasIT {
    static final String SCHEMA = "lull_it_replicas";
    static final String JDBC = "jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=" + SCHEMA;
    /** Longest wait for an announcement to reach the other replica. */
    static final Duration ANNOUNCEMENT = Duration.ofSeconds(3);
    static final int WEEKS = 4;
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:lull".getBytes());
    /** Both instances' clock stands still here, so that no hour turns (and no cache expires) during the test. */
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofMinutes(30));

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    PackagedService a;
    PackagedService b;

    /**
     * Empties the schema, then starts both instances at once, neither cleaning it: their Flyway migrations take turns
     * under Flyway's lock, as two pods starting together on an empty database do.
     */
    @BeforeAll
    void start() throws Exception {
        try (Connection connection = DriverManager.getConnection(JDBC, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        }
        Path logA = Files.createTempFile("lull-replica-a", ".log");
        Path logB = Files.createTempFile("lull-replica-b", ".log");
        a = PackagedService.start(SCHEMA, env(), logA);
        b = PackagedService.start(SCHEMA, env(), logB);
        a.awaitReady(Duration.ofSeconds(90));
        b.awaitReady(Duration.ofSeconds(90));
        awaitListening(logB);
        System.out.printf("replica A %s (log %s), replica B %s (log %s)%n", a.base(), logA, b.base(), logB);
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void blackouts_added_on_A_are_respected_by_B_once_announced() throws Exception {
        String host = hostWithHistory("rep-blackout");
        for (int round = 1; round <= 8; round++) {
            JsonPath before = ask(b, host);
            Instant start = Instant.parse(before.getString("candidates[0].start"));
            Instant end = Instant.parse(before.getString("candidates[0].end"));

            send(a, "/api/v1/blackouts", "application/json", """
                    {"name": "replica round %d", "start": "%s", "end": "%s", "timeZone": "UTC",
                     "hosts": ["%s"], "reason": "two replicas"}""".formatted(round, start, end, host));
            Next next = nextAnswer(host, answer -> overlapping(answer, start, end).isEmpty());

            System.out.printf("blackout round %d: B's stale answers %d, the right one asked %.1f ms after A's 201%n",
                    round, next.stale(), next.asked().toNanos() / 1e6);
            assertThat(next.answer().getList("candidates")).as("candidates after blackout %d", round).isNotEmpty();
            assertThat(overlapping(next.answer(), start, end)).as("B offers the blacked-out %s..%s", start, end)
                    .isEmpty();
        }
    }

    @Test
    void an_ingest_taken_by_A_moves_Bs_answer_once_announced() throws Exception {
        String host = hostWithHistory("rep-ingest");
        JsonPath before = ask(b, host);
        assertThat(dayOf(before)).as("the quietest night of the history").isEqualTo(DayOfWeek.SUNDAY);

        StringBuilder spike = new StringBuilder("host,at,messages\n");
        for (Instant at = NOW.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(7L * WEEKS)); at
                .isBefore(NOW); at = at.plus(Duration.ofHours(1))) {
            if (at.atOffset(ZoneOffset.UTC).getDayOfWeek() == DayOfWeek.SUNDAY) {
                spike.append(host).append(',').append(at).append(",50000\n");
            }
        }
        send(a, "/api/v1/load", "text/csv", spike.toString());
        Next next = nextAnswer(host, answer -> dayOf(answer) != DayOfWeek.SUNDAY);

        System.out.printf("ingest: B's stale answers %d, the right one asked %.1f ms after A's 200%n", next.stale(),
                next.asked().toNanos() / 1e6);
        assertThat(dayOf(next.answer())).as("B's best night after A took a busy Sunday").isEqualTo(
                DayOfWeek.WEDNESDAY);
    }

    @Test
    void with_nothing_written_B_answers_a_repeated_question_from_its_cache() throws Exception {
        String host = hostWithHistory("rep-cache");
        String first = ask(b, host).prettify();
        assertThat(ask(b, host).prettify()).as("the same question again").isEqualTo(first);

        // while another transaction holds the tables a database read would need, B still answers: from memory
        try (Connection connection = DriverManager.getConnection(JDBC, "postgres", "")) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local lock_timeout = '10s'");
                statement.execute("lock table host, timeline_version, load_history_version in access exclusive mode");
                HttpResponse<String> locked = http.send(get(b, proposals(host), Duration.ofSeconds(5)),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(locked.statusCode()).as(locked.body()).isEqualTo(200);
                assertThat(JsonPath.from(locked.body()).prettify()).as("answered under the locks").isEqualTo(first);
            } finally {
                connection.rollback();
            }
        }
    }

    /**
     * B's answers from now until one passes {@code right}, at most {@link #ANNOUNCEMENT}: how many did not, and when the
     * first right one was asked (an upper bound of the announcement's delivery, counted from A's answer).
     */
    private Next nextAnswer(String host, Predicate<JsonPath> right) throws Exception {
        Instant written = Instant.now();
        int stale = 0;
        while (true) {
            Duration asked = Duration.between(written, Instant.now());
            JsonPath answer = ask(b, host);
            if (right.test(answer) || asked.compareTo(ANNOUNCEMENT) > 0) {
                return new Next(answer, stale, asked);
            }
            stale++;
        }
    }

    private record Next(JsonPath answer, int stale, Duration asked) {
    }

    private static List<String> overlapping(JsonPath answer, Instant start, Instant end) {
        List<String> starts = answer.getList("candidates.start", String.class);
        List<String> ends = answer.getList("candidates.end", String.class);
        return IntStream.range(0, starts.size())
                .filter(i -> Instant.parse(starts.get(i)).isBefore(end) && Instant.parse(ends.get(i)).isAfter(start))
                .mapToObj(i -> starts.get(i) + ".." + ends.get(i)).toList();
    }

    private static DayOfWeek dayOf(JsonPath answer) {
        return Instant.parse(answer.getString("candidates[0].start")).atOffset(ZoneOffset.UTC).getDayOfWeek();
    }

    /**
     * A host in UTC, registered and loaded through A: {@link #WEEKS} weeks of hourly load, 1,000 messages by day, 400
     * by night (00:00-06:00), 40 on Wednesdays and 10 on Sundays 02:00-06:00 — so its best night is Sunday's, then
     * Wednesday's.
     */
    private String hostWithHistory(String name) throws Exception {
        send(a, "/api/v1/hosts", "application/json", "{\"name\": \"" + name + "\", \"timeZone\": \"UTC\"}");
        StringBuilder csv = new StringBuilder("host,at,messages\n");
        for (Instant at = NOW.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(7L * WEEKS)); at
                .isBefore(NOW); at = at.plus(Duration.ofHours(1))) {
            int hour = at.atOffset(ZoneOffset.UTC).getHour();
            DayOfWeek day = at.atOffset(ZoneOffset.UTC).getDayOfWeek();
            boolean quiet = hour >= 2 && hour < 6;
            int messages = hour >= 6
                    ? 1000 + (hour * 37) % 200
                    : !quiet ? 400 : day == DayOfWeek.SUNDAY ? 10 : day == DayOfWeek.WEDNESDAY ? 40 : 400;
            csv.append(name).append(',').append(at).append(',').append(messages).append('\n');
        }
        send(a, "/api/v1/load", "text/csv", csv.toString());
        return name;
    }

    private JsonPath ask(PackagedService service, String host) throws Exception {
        HttpResponse<String> response = http.send(get(service, proposals(host), Duration.ofSeconds(30)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.from(response.body());
    }

    private static String proposals(String host) {
        return "/api/v1/hosts/" + host + "/proposals?duration=PT2H";
    }

    private void send(PackagedService service, String path, String type, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.base() + path))
                .header("Authorization", AUTH).header("Content-Type", type).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s", path, response.body()).isBetween(200, 299);
    }

    private static HttpRequest get(PackagedService service, String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(service.base() + path)).header("Authorization", AUTH)
                .timeout(timeout).build();
    }

    /** Waits until B's log says its listener has begun listening (a DEBUG line, see {@link #env()}). */
    private static void awaitListening(Path log) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> Files.readString(log).contains("listening to version moves (backend"));
    }

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_SECURITY_USERS_EMBEDDED_USERS_ADMIN", "lull");
        env.put("QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_ADMIN", "admin");
        env.put("LULL_PLATFORM_FIXED_CLOCK", NOW.toString());
        env.put("LULL_PROPOSALS_VERSIONS_CHECK_EVERY", "1h");
        env.put("LULL_PROPOSALS_REFRESH_EVERY", "off");
        env.put("LULL_LOAD_RETENTION_EVERY", "off");
        env.put("LULL_NOTIFY_DELIVERY_EVERY", "off");
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "false");
        env.put("QUARKUS_SHUTDOWN_DELAY", "0s");
        env.put("QUARKUS_LOG_CATEGORY__DEV_LULL_PROPOSAL__LEVEL", "DEBUG");
        return env;
    }
}
