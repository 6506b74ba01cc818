package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.change.ChangeFixtures.approve;
import static dev.lull.change.ChangeFixtures.authorize;
import static dev.lull.change.ChangeFixtures.change;
import static dev.lull.change.ChangeFixtures.create;
import static dev.lull.change.ChangeFixtures.days;
import static dev.lull.change.ChangeFixtures.etag;
import static dev.lull.change.ChangeFixtures.host;
import static dev.lull.change.ChangeFixtures.post;
import static dev.lull.change.ChangeFixtures.role;
import static dev.lull.change.ChangeFixtures.step;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Rescheduling runs every booking rule, the downtime budget included, and a refusal changes nothing; a booked change
 * that a later service level puts over budget says so in {@code warnings}.
 */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RescheduleRulesTest {

    /** A SCHEDULED NORMAL change on the host, {@code minutes} long from day 3. */
    private static int scheduled(String host, int minutes) {
        String role = role("dba");
        int id = create(change("NORMAL", List.of(host), days(3), days(3).plus(Duration.ofMinutes(minutes)),
                List.of(step("patch", role, "PT10M"))));
        post("requester", id, "submit", null, 200);
        approve("dba", id, role);
        authorize(id);
        return id;
    }

    private static void sla(String host, double target) {
        as("admin").body(Map.of("availabilityTarget", target, "periodLength", "P30D"))
                .put("/api/v1/hosts/{name}/sla", host).then().statusCode(201);
    }

    private static void refusedUnchanged(int id, Instant start, Instant end, String kind) {
        String before = etag(id);
        as("requester").header("If-Match", before).body(Map.of("start", start.toString(), "end", end.toString()))
                .put("/api/v1/changes/{id}/window", id).then().statusCode(409).body("conflicts.kind", contains(kind));
        as("viewer").get("/api/v1/changes/{id}", id).then().statusCode(200).header("ETag", equalTo(before))
                .body("status", equalTo("SCHEDULED"), "window.start", equalTo(days(3).toString()));
    }

    @Test
    void a_move_that_would_overspend_the_downtime_budget_is_refused_and_changes_nothing() {
        String host = host(null);
        sla(host, 0.999);
        int id = scheduled(host, 30);
        refusedUnchanged(id, days(4), days(4).plus(Duration.ofHours(1)), "DOWNTIME_BUDGET");
    }

    @Test
    void a_move_into_a_blackout_is_refused_and_changes_nothing() {
        String host = host(null);
        int id = scheduled(host, 30);
        as("manager").body(Map.of("name", "freeze", "start", days(5).toString(), "end", days(6).toString(),
                "timeZone", "UTC", "hosts", List.of(host), "reason", "month end")).post("/api/v1/blackouts").then()
                .statusCode(201);
        refusedUnchanged(id, days(5), days(5).plus(Duration.ofMinutes(30)), "BLACKOUT");
    }

    @Test
    void a_move_within_the_budget_still_needs_authorizing_again() {
        String host = host(null);
        sla(host, 0.999);
        int id = scheduled(host, 30);
        as("requester").header("If-Match", etag(id)).body(Map.of("start", days(4).toString(), "end",
                days(4).plus(Duration.ofMinutes(40)).toString())).put("/api/v1/changes/{id}/window", id).then()
                .statusCode(200).body("status", equalTo("AUTHORIZE"));
    }

    @Test
    void a_booked_change_that_a_later_service_level_puts_over_budget_shows_a_warning() {
        String host = host(null);
        int id = scheduled(host, 60);
        as("viewer").get("/api/v1/changes/{id}", id).then().body("$", not(hasKey("warnings")));
        sla(host, 0.999);
        as("viewer").get("/api/v1/changes/{id}", id).then().statusCode(200)
                .body("status", equalTo("SCHEDULED"), "warnings.kind", contains("DOWNTIME_BUDGET"),
                        "warnings[0].details.host", equalTo(host));
    }
}
