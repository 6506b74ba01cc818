package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.change.ChangeFixtures.T0;
import static dev.lull.change.ChangeFixtures.authorize;
import static dev.lull.change.ChangeFixtures.change;
import static dev.lull.change.ChangeFixtures.cluster;
import static dev.lull.change.ChangeFixtures.create;
import static dev.lull.change.ChangeFixtures.days;
import static dev.lull.change.ChangeFixtures.host;
import static dev.lull.change.ChangeFixtures.post;
import static dev.lull.change.ChangeFixtures.role;
import static dev.lull.change.ChangeFixtures.step;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeConflictsTest {
    private String team;

    @BeforeEach
    void now() {
        clockAt(T0);
        team = role("infra");
    }

    private int on(String type, List<String> hosts, Instant start, Duration length, String planned) {
        return create(change(type, hosts, start, start.plus(length), List.of(step("patch", team, planned))));
    }

    private static void refused(int id, String action, Object body, String kind) {
        var request = as(action.equals("authorize") ? "manager" : "requester");
        if (body != null) {
            request = request.body(body);
        }
        request.post("/api/v1/changes/{id}/" + action, id).then().statusCode(409)
                .contentType("application/problem+json").body("conflicts.kind", contains(kind));
    }

    @Test
    void a_window_in_a_blackout_of_the_host_conflicts() {
        String host = host(null);
        as("manager").body(Map.of("name", "month end", "start", days(3).toString(), "end", days(4).toString(),
                "timeZone", "Europe/Paris", "recurrence", "FREQ=MONTHLY", "hosts", List.of(host),
                "reason", "closing")).post("/api/v1/blackouts").then().statusCode(201);
        int id = on("NORMAL", List.of(host), days(3).plus(Duration.ofHours(2)), Duration.ofHours(2), "PT1H");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(409)
                .body("conflicts[0].kind", equalTo("BLACKOUT"), "conflicts[0].details.blackout", equalTo("month end"),
                        "conflicts[0].details.hosts", contains(host));
    }

    @Test
    void a_rule_with_thousands_of_occurrences_before_the_change_still_blocks_it() {
        String host = host(null);
        as("manager").body(Map.of("name", "hourly scan", "start", T0.minus(Duration.ofDays(400)).toString(),
                "end", T0.minus(Duration.ofDays(400)).plus(Duration.ofMinutes(20)).toString(), "timeZone", "UTC",
                "recurrence", "FREQ=HOURLY", "hosts", List.of(host), "reason", "scan"))
                .post("/api/v1/blackouts").then().statusCode(201);
        int id = on("NORMAL", List.of(host), days(3).plus(Duration.ofMinutes(30)), Duration.ofHours(2), "PT1H");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(409)
                .body("conflicts[0].kind", equalTo("BLACKOUT"), "conflicts[0].details.blackout",
                        equalTo("hourly scan"));
    }

    @Test
    void another_scheduled_change_on_the_same_host_conflicts() {
        String host = host(null);
        int booked = on("STANDARD", List.of(host), days(3), Duration.ofHours(4), "PT1H");
        post("requester", booked, "submit", null, 200);
        int id = on("STANDARD", List.of(host), days(3).plus(Duration.ofHours(3)), Duration.ofHours(2), "PT1H");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(409)
                .body("conflicts.kind", contains("HOST_BUSY"), "conflicts[0].details.changeId", equalTo(booked));
    }

    @Test
    void a_cluster_that_would_fall_below_min_available_conflicts() {
        String cluster = cluster(1);
        String first = host(cluster);
        String second = host(cluster);
        int booked = on("STANDARD", List.of(first), days(3), Duration.ofHours(4), "PT1H");
        post("requester", booked, "submit", null, 200);
        int id = on("STANDARD", List.of(second), days(3).plus(Duration.ofHours(1)), Duration.ofHours(2), "PT1H");
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(409)
                .body("conflicts.kind", contains("MIN_AVAILABLE"), "conflicts[0].details.cluster", equalTo(cluster),
                        "detail", containsString("1 conflict"));
    }

    @Test
    void a_window_shorter_than_the_plan_conflicts() {
        int id = on("STANDARD", List.of(host(null)), days(3), Duration.ofHours(1), "PT3H");
        refused(id, "submit", null, "WINDOW_TOO_SHORT");
    }

    @Test
    void a_window_sooner_than_the_minimum_notice_of_its_type_conflicts() {
        int normal = on("NORMAL", List.of(host(null)), T0.plus(Duration.ofHours(6)), Duration.ofHours(2), "PT1H");
        refused(normal, "submit", null, "TOO_SOON");
        int standard = on("STANDARD", List.of(host(null)), T0.plus(Duration.ofHours(6)), Duration.ofHours(2), "PT1H");
        post("requester", standard, "submit", null, 200);
        int emergency = on("EMERGENCY", List.of(host(null)), T0, Duration.ofHours(2), "PT1H");
        post("requester", emergency, "submit", null, 200);
    }

    @Test
    void a_window_in_the_past_conflicts() {
        int id = on("EMERGENCY", List.of(host(null)), T0.minus(Duration.ofHours(3)), Duration.ofHours(2), "PT1H");
        refused(id, "submit", null, "IN_PAST");
    }

    @Test
    void authorization_checks_again_what_was_booked_in_the_meantime() {
        String host = host(null);
        int id = on("EMERGENCY", List.of(host), days(3), Duration.ofHours(4), "PT1H");
        post("requester", id, "submit", null, 200);
        int other = on("STANDARD", List.of(host), days(3), Duration.ofHours(2), "PT1H");
        post("requester", other, "submit", null, 200);
        refused(id, "authorize", Map.of("decision", "APPROVE"), "HOST_BUSY");
    }

    @Test
    void rescheduling_into_a_busy_window_conflicts_and_leaves_the_change_as_it_was() {
        String host = host(null);
        int booked = on("STANDARD", List.of(host), days(5), Duration.ofHours(4), "PT1H");
        post("requester", booked, "submit", null, 200);
        int id = on("EMERGENCY", List.of(host), days(3), Duration.ofHours(2), "PT1H");
        post("requester", id, "submit", null, 200);
        authorize(id);
        as("requester").header("If-Match", "*")
                .body(Map.of("start", days(5).toString(), "end", days(5).plus(Duration.ofHours(2)).toString()))
                .put("/api/v1/changes/{id}/window", id).then().statusCode(409)
                .body("conflicts.kind", contains("HOST_BUSY"));
        as("viewer").get("/api/v1/changes/{id}", id).then()
                .body("status", equalTo("SCHEDULED"), "window.start", equalTo(days(3).toString()));
    }
}
