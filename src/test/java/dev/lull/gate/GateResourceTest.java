package dev.lull.gate;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.Api.unique;
import static io.restassured.RestAssured.given;
import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GateResourceTest {
    static final Instant T0 = Api.now();

    @BeforeEach
    void now() {
        clockAt(T0);
    }

    static String cluster() {
        return Api.cluster("gc", 0);
    }

    static String host(String cluster) {
        return Api.host("gh", cluster);
    }

    /** A standard (pre-approved) change on the host, scheduled for [start, end). */
    static int scheduledChange(String host, Instant start, Instant end) {
        return scheduledChange(List.of(host), start, end);
    }

    /** A standard (pre-approved) change on the hosts, scheduled for [start, end). */
    static int scheduledChange(List<String> hosts, Instant start, Instant end) {
        String role = Api.role("role", "ops");
        int id = as("requester").body(Api.standardFit(Map.of("title", "Patch " + hosts, "type", "STANDARD", "hosts",
                hosts, "window", Map.of("start", start.toString(), "end", end.toString()),
                "plan", List.of(Map.of("title", "reboot", "role", role, "duration", "PT30M")))))
                .post("/api/v1/changes").then().statusCode(201).extract().path("id");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200);
        return id;
    }

    @Test
    void the_gate_opens_only_inside_a_scheduled_window_and_names_the_change() {
        String cluster = cluster();
        String host = host(cluster);
        Instant start = T0.plus(Duration.ofHours(2));
        int id = scheduledChange(host, start, start.plus(Duration.ofHours(2)));
        as("gate").get("/api/v1/gates/hosts/{name}", host).then().statusCode(423)
                .body("state", equalTo("CLOSED"), "nextTransition", equalTo(start.toString()), "change", nullValue());
        clockAt(start.plus(Duration.ofMinutes(30)));
        as("gate").get("/api/v1/gates/hosts/{name}", host).then().statusCode(200)
                .body("state", equalTo("OPEN"), "change.id", equalTo(id), "change.window.start",
                        equalTo(start.toString()), "change.window.timeZone", equalTo("Europe/Paris"),
                        "change.window.localStart",
                        equalTo(ISO_OFFSET_DATE_TIME.format(start.atZone(ZoneId.of("Europe/Paris")))),
                        "nextTransition", equalTo(start.plus(Duration.ofHours(2)).toString()));
        as("viewer").get("/api/v1/gates/clusters/{name}", cluster).then().statusCode(200).body("kind",
                equalTo("CLUSTER"));
        clockAt(start.plus(Duration.ofHours(3)));
        as("gate").get("/api/v1/gates/hosts/{name}", host).then().statusCode(423);
    }

    @Test
    void a_blackout_keeps_the_gate_closed_even_inside_a_window() {
        String host = host(cluster());
        Instant start = T0.plus(Duration.ofHours(2));
        scheduledChange(host, start, start.plus(Duration.ofHours(4)));
        as("manager").body(Map.of("name", unique("freeze"), "start", start.plus(Duration.ofHours(1)).toString(),
                "end", start.plus(Duration.ofHours(2)).toString(), "timeZone", "UTC", "hosts", List.of(host),
                "reason", "audit")).post("/api/v1/blackouts").then().statusCode(201);
        clockAt(start.plus(Duration.ofMinutes(90)));
        as("gate").get("/api/v1/gates/hosts/{name}", host).then().statusCode(423)
                .body("reason", containsString("frozen by blackout"),
                        "nextTransition", equalTo(start.plus(Duration.ofHours(2)).toString()));
    }

    @Test
    void unknown_targets_are_404_and_the_gate_needs_a_reading_role() {
        as("gate").get("/api/v1/gates/hosts/{name}", "no-such-host").then().statusCode(404);
        as("gate").get("/api/v1/gates/clusters/{name}", "no-such-cluster").then().statusCode(404);
        as("ingest").get("/api/v1/gates/hosts/{name}", "no-such-host").then().statusCode(403);
        given().get("/api/v1/gates/hosts/{name}", "no-such-host").then().statusCode(401);
    }

    @Test
    void an_emergency_change_started_before_its_window_opens_the_gate_from_its_start() {
        String host = host(cluster());
        Instant start = T0.plus(Duration.ofHours(6));
        Instant end = start.plus(Duration.ofHours(2));
        int id = as("requester").body(Map.of("title", "Fix " + host, "type", "EMERGENCY", "hosts", List.of(host),
                "window", Map.of("start", start.toString(), "end", end.toString()), "plan",
                List.of(Map.of("title", "patch", "role", Api.role("role", "ops"), "duration", "PT30M")),
                "backoutPlan", "restore the snapshot", "risk", "HIGH")).post("/api/v1/changes").then()
                .statusCode(201).extract().path("id");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200);
        as("manager").body(Map.of("decision", "APPROVE", "comment", "go")).post("/api/v1/changes/{id}/authorize", id)
                .then().statusCode(200).body("status", equalTo("SCHEDULED"));
        as("gate").get("/api/v1/gates/hosts/{name}", host).then().statusCode(423)
                .body("nextTransition", equalTo(start.toString()));
        Instant started = T0.plus(Duration.ofHours(1));
        clockAt(started);
        as("requester").post("/api/v1/changes/{id}/start", id).then().statusCode(200);
        as("gate").get("/api/v1/gates/hosts/{name}", host).then().statusCode(200)
                .body("state", equalTo("OPEN"), "change.id", equalTo(id), "change.window.start",
                        equalTo(started.toString()), "nextTransition", equalTo(end.toString()));
        clockAt(started.plus(Duration.ofHours(2)));
        as("requester").body(Map.of("outcome", "SUCCESSFUL", "comment", "fixed"))
                .post("/api/v1/changes/{id}/complete", id).then().statusCode(200);
        as("manager").body(Map.of("review", "fixed early")).post("/api/v1/changes/{id}/close", id).then()
                .statusCode(200).body("review.stayedInWindow", equalTo(true), "review.startedEarlyBy", equalTo("PT5H"));
    }

    @Test
    void the_cluster_gate_opens_only_for_work_on_the_whole_cluster_and_otherwise_names_the_open_hosts() {
        String cluster = cluster();
        String first = host(cluster);
        String second = host(cluster);
        Instant start = T0.plus(Duration.ofHours(2));
        scheduledChange(first, start, start.plus(Duration.ofHours(1)));
        int whole = scheduledChange(List.of(first, second), start.plus(Duration.ofHours(3)),
                start.plus(Duration.ofHours(5)));
        as("gate").get("/api/v1/gates/clusters/{name}", cluster).then().statusCode(423)
                .body("openHosts", empty(), "nextTransition", equalTo(start.toString()));
        clockAt(start.plus(Duration.ofMinutes(30)));
        as("gate").get("/api/v1/gates/clusters/{name}", cluster).then().statusCode(423)
                .body("state", equalTo("CLOSED"), "openHosts", contains(first), "reason",
                        containsString("ask each host's gate"), "nextTransition",
                        equalTo(start.plus(Duration.ofHours(1)).toString()));
        as("gate").get("/api/v1/gates/hosts/{name}", first).then().statusCode(200);
        clockAt(start.plus(Duration.ofHours(4)));
        as("gate").get("/api/v1/gates/clusters/{name}", cluster).then().statusCode(200)
                .body("state", equalTo("OPEN"), "change.id", equalTo(whole), "openHosts",
                        containsInAnyOrder(first, second),
                        "nextTransition", equalTo(start.plus(Duration.ofHours(5)).toString()));
    }
}
