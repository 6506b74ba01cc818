package dev.lull.watchdog;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;
import dev.lull.NoticeLog;
import dev.lull.inventory.Host;
import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

/**
 * The watchdog through the API: samples posted to /api/v1/load alarm an open window, pause its gate and write its
 * history; a change manager overrides; calm, stale data and the window's end follow.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WatchResourceTest {
    static final String WATCH = "/api/v1/changes/{id}/watch";

    @Inject
    NoticeLog log;

    @Inject
    WatchJob job;

    @Inject
    Watchdog watchdog;

    /** A whole hour at least three hours after the test clock's now. */
    static Instant windowStart() {
        return Api.now().plus(Duration.ofHours(4)).truncatedTo(ChronoUnit.HOURS);
    }

    /** One sample a minute of {@code messages} in [from, from + minutes). */
    static void load(String host, Instant from, int minutes, double messages) {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            samples.add(Map.of("host", host, "at", from.plus(Duration.ofMinutes(i)).toString(), "messages", messages));
        }
        as("ingest").body(samples).post("/api/v1/load").then().statusCode(200);
    }

    static int standardChange(String host, Instant start) {
        clockAt(Api.now());
        String role = Api.role("role", "ops");
        int id = as("requester").body(Api.standardFit(Map.of("title", "Patch " + host, "type", "STANDARD", "hosts",
                List.of(host), "window", Map.of("start", start.toString(), "end",
                        start.plus(Duration.ofHours(2)).toString()),
                "plan", List.of(Map.of("title", "reboot", "role", role, "duration", "PT30M")))))
                .post("/api/v1/changes").then().statusCode(201).extract().path("id");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200);
        return id;
    }

    List<NoticeType> types(int changeId) {
        return log.where("change", (long) changeId).stream().map(Notice::type)
                .filter(type -> type.id().startsWith("change.load-")).toList();
    }

    @Test
    void a_burst_posted_through_ingest_pauses_the_gate_until_an_override_and_calm_follows() {
        String cluster = Api.cluster("wc", 0);
        String host = Api.host("wh", cluster);
        Instant start = windowStart();
        int id = standardChange(host, start);
        clockAt(start.plus(Duration.ofMinutes(20)));
        load(host, start, 20, 0.2);
        as("viewer").get(WATCH, id).then().statusCode(200).body("state", equalTo("QUIET"), "paused", equalTo(false));
        as("gate").get("/api/v1/gates/hosts/{name}", host).then().statusCode(200).body("state", equalTo("OPEN"));

        clockAt(start.plus(Duration.ofMinutes(30)));
        load(host, start.plus(Duration.ofMinutes(20)), 10, 10);
        as("gate").get("/api/v1/gates/hosts/{name}", host).then().statusCode(423)
                .body("state", equalTo("PAUSED"), "change.id", equalTo(id),
                        "reason", containsString(host + ": 600 messages per hour, none expected over the last 10 min"),
                        "reopensWhen", containsString("/watch/override"));
        as("gate").get("/api/v1/gates/clusters/{name}", cluster).then().statusCode(423)
                .body("state", equalTo("PAUSED"));
        as("viewer").get(WATCH, id).then().statusCode(200).body("state", equalTo("ALARM"), "paused", equalTo(true),
                "events", hasSize(1), "events[0].state", equalTo("ALARM"), "events[0].figures.hosts[0].livePerHour",
                equalTo(600.0f), "hosts[0].host", equalTo(host));
        as("viewer").get("/api/v1/changes/{id}/history", id).then().statusCode(200)
                .body("items.action", hasItem("WATCH"), "items.comment",
                        hasItem(containsString("load ALARM: " + host)));
        assertThat(types(id)).containsExactly(NoticeType.CHANGE_LOAD_ALARM);
        load(host, start.plus(Duration.ofMinutes(29)), 1, 10);
        assertThat(types(id)).as("announced once").containsExactly(NoticeType.CHANGE_LOAD_ALARM);

        as("requester").body(Map.of("comment", "our own job")).post(WATCH + "/override", id).then().statusCode(403);
        as("manager").body(Map.of("comment", " ")).post(WATCH + "/override", id).then().statusCode(400)
                .body("errors[0].field", containsString("comment"));
        as("manager").body(Map.of()).post(WATCH + "/override", id).then().statusCode(400);
        as("manager").body(Map.of("comment", "our own migration job")).post(WATCH + "/override", id).then()
                .statusCode(200).body("state", equalTo("OVERRIDDEN"), "paused", equalTo(false),
                        "override.by", equalTo("manager"), "override.comment", equalTo("our own migration job"));
        as("manager").body(Map.of("comment", "again")).post(WATCH + "/override", id).then().statusCode(409);
        as("gate").get("/api/v1/gates/hosts/{name}", host).then().statusCode(200);

        clockAt(start.plus(Duration.ofMinutes(55)));
        load(host, start.plus(Duration.ofMinutes(30)), 25, 0.2);
        as("viewer").get(WATCH, id).then().statusCode(200).body("state", equalTo("QUIET"),
                "reason", containsString("calm again"), "override", nullValue());
        assertThat(types(id)).containsExactly(NoticeType.CHANGE_LOAD_ALARM, NoticeType.CHANGE_LOAD_CALM);
    }

    @Test
    void stale_data_is_unknown_and_pauses_only_when_the_policy_says_so_and_the_window_end_turns_the_watch_off() {
        String cluster = Api.cluster("wc", 0);
        String host = Api.host("wh", cluster);
        Instant start = windowStart();
        int id = standardChange(host, start);
        clockAt(start.plus(Duration.ofMinutes(10)));
        load(host, start, 10, 0.2);
        clockAt(start.plus(Duration.ofMinutes(26)));
        assertThat(job.run()).isPositive();
        as("viewer").get(WATCH, id).then().body("state", equalTo("UNKNOWN"), "paused", equalTo(false),
                "reason", containsString(host + ": no load data since"));
        assertThat(types(id)).containsExactly(NoticeType.CHANGE_LOAD_UNKNOWN);
        as("gate").get("/api/v1/gates/hosts/{name}", host).then().statusCode(200);

        as("admin").body(Map.of("onUnknown", "pause")).put("/api/v1/clusters/{name}/watch-policy", cluster).then()
                .statusCode(200).body("onUnknown", equalTo("pause"), "onAlarm", equalTo("pause"), "own", equalTo(true));
        job.run();
        as("viewer").get(WATCH, id).then().body("policy.own", equalTo(true), "policy.cluster", equalTo(cluster),
                "policy.onUnknown", equalTo("pause"), "paused", equalTo(true));
        as("gate").get("/api/v1/gates/hosts/{name}", host).then().statusCode(423).body("state", equalTo("PAUSED"),
                "reopensWhen", containsString("load data arriving"));
        assertThat(types(id)).as("no second notice").containsExactly(NoticeType.CHANGE_LOAD_UNKNOWN);

        clockAt(start.plus(Duration.ofHours(3)));
        job.run();
        as("viewer").get(WATCH, id).then().body("state", equalTo("OFF"), "paused", equalTo(false));
        as("manager").body(Map.of("comment", "late")).post(WATCH + "/override", id).then().statusCode(409);
    }

    @Test
    void an_emergency_change_is_never_paused_only_notified() {
        String host = Api.host("wh", Api.cluster("wc", 0));
        Instant start = windowStart();
        clockAt(Api.now());
        int id = as("requester").body(Map.of("title", "Fix " + host, "type", "EMERGENCY", "hosts", List.of(host),
                "window", Map.of("start", start.toString(), "end", start.plus(Duration.ofHours(2)).toString()), "plan",
                List.of(Map.of("title", "patch", "role", Api.role("role", "ops"), "duration", "PT30M")),
                "backoutPlan", "restore the snapshot", "risk", "HIGH")).post("/api/v1/changes").then()
                .statusCode(201).extract().path("id");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200);
        as("manager").body(Map.of("decision", "APPROVE", "comment", "go")).post("/api/v1/changes/{id}/authorize", id)
                .then().statusCode(200);
        clockAt(start.plus(Duration.ofMinutes(10)));
        load(host, start, 10, 50);
        as("viewer").get(WATCH, id).then().body("state", equalTo("ALARM"), "paused", equalTo(false));
        as("gate").get("/api/v1/gates/hosts/{name}", host).then().statusCode(200);
        assertThat(types(id)).containsExactly(NoticeType.CHANGE_LOAD_ALARM);
    }

    @Test
    void anyone_signed_in_reads_a_watch_an_unknown_change_is_404_and_outside_its_window_it_is_off() {
        String host = Api.host("wh", null);
        int id = standardChange(host, windowStart());
        given().get(WATCH, id).then().statusCode(401);
        as("viewer").get(WATCH, Integer.MAX_VALUE).then().statusCode(404);
        as("viewer").get(WATCH, id).then().statusCode(200).body("state", equalTo("OFF"), "events", hasSize(0),
                "policy.onAlarm", equalTo("pause"), "policy.onUnknown", equalTo("notify"), "policy.own", equalTo(false),
                "policy.cluster", nullValue());
        as("manager").body(Map.of("comment", "x")).post(WATCH + "/override", Integer.MAX_VALUE).then()
                .statusCode(404);
        as("manager").body(Map.of("comment", "x")).post(WATCH + "/override", id).then().statusCode(409);
        given().contentType("application/json").body(Map.of("comment", "x")).post(WATCH + "/override", id).then()
                .statusCode(401);
        as("viewer").body(Map.of("comment", "x")).post(WATCH + "/override", id).then().statusCode(403);
        as("manager").body(Map.of("comment", "x".repeat(1001))).post(WATCH + "/override", id).then()
                .statusCode(400);
    }

    @Test
    void two_replicas_deciding_the_same_window_at_once_announce_the_alarm_once() {
        String host = Api.host("wh", Api.cluster("wc", 0));
        Instant start = windowStart();
        int id = standardChange(host, start);
        load(host, start, 10, 50);
        assertThat(types(id)).as("not open yet when ingested").isEmpty();
        clockAt(start.plus(Duration.ofMinutes(10)));
        long hostId = QuarkusTransaction.requiringNew().call(() -> Host.findByName(host).orElseThrow().id);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> replicas = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return watchdog.onHosts(List.of(hostId));
                })).toList();
        go.countDown();
        replicas.forEach(CompletableFuture::join);
        assertThat(types(id)).containsExactly(NoticeType.CHANGE_LOAD_ALARM);
        as("viewer").get(WATCH, id).then().body("state", equalTo("ALARM"), "events", hasSize(1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
