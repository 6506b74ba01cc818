package dev.lull.booking;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.lull.Api;

/** Plans carry what candidates carry, honour their constraints, and book in one step, all or none. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlanBookingTest {

    private static Map<String, Object> template(String role, String stepDuration) {
        return Map.of("title", "Patch mbox", "plan", List.of(Map.of("title", "patch", "role", role, "duration",
                stepDuration)), "backoutPlan", "restore the snapshot", "risk", "LOW");
    }

    private static Map<String, Object> plan(String cluster, Object... more) {
        Map<String, Object> plan = new HashMap<>(Map.of("cluster", cluster, "duration", "PT2H"));
        for (int i = 0; i < more.length; i += 2) {
            plan.put((String) more[i], more[i + 1]);
        }
        return plan;
    }

    @Test
    void a_plan_books_one_change_per_window_linked_by_a_plan_id_and_submitted_when_asked() {
        String role = Api.role("pb", "dba");
        String cluster = Api.cluster("pb", 2);
        List.of(1, 2, 3).forEach(i -> Api.host("pb", cluster));
        JsonPath booked = as("requester").body(Map.of("plan", plan(cluster), "change", template(role, "PT1H"),
                "submit", true)).post("/api/v1/proposals/plan/book").then().statusCode(201)
                .header("Location", containsString("/api/v1/changes?plan="))
                .body("changes", hasSize(3), "changes.status", everyItem(equalTo("ASSESS")),
                        "changes.title", everyItem(startsWith("Patch mbox: ")), "plan.windows", hasSize(3))
                .extract().jsonPath();
        String planId = booked.getString("planId");
        assertThat(booked.getList("changes.planId", String.class)).containsOnly(planId);
        as("viewer").queryParam("plan", planId).get("/api/v1/changes").then().statusCode(200)
                .body("total", equalTo(3), "items.id", equalTo(booked.getList("changes.id")));
    }

    @Test
    void without_submit_the_changes_stay_new() {
        String role = Api.role("pb", "dba");
        String host = Api.host("pb", null);
        as("requester").body(Map.of("plan", Map.of("hosts", List.of(host), "duration", "PT2H"), "change",
                template(role, "PT1H"))).post("/api/v1/proposals/plan/book").then().statusCode(201)
                .body("changes.status", contains("NEW"), "changes.hosts", contains(List.of(host)));
    }

    @Test
    void one_refused_window_refuses_the_whole_plan_with_every_reason_and_books_nothing() {
        String role = Api.role("pb", "dba");
        String cluster = Api.cluster("pb", 1);
        String a = Api.host("pb", cluster);
        Api.host("pb", cluster);
        as("requester").body(Map.of("plan", plan(cluster), "change", template(role, "PT3H"), "submit", true))
                .post("/api/v1/proposals/plan/book").then().statusCode(409)
                .body("refusals", hasSize(2), "refusals.conflicts.flatten().kind",
                        everyItem(equalTo("WINDOW_TOO_SHORT")));
        as("viewer").queryParam("host", a).get("/api/v1/changes").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void plan_windows_carry_local_times_with_offset_the_zone_and_the_evidence() {
        String host = Api.host("pw", null);
        as("viewer").body(Map.of("hosts", List.of(host), "duration", "PT2H")).post("/api/v1/proposals/plan").then()
                .statusCode(200).body("windows[0].timeZone", equalTo("Europe/Paris"),
                        "windows[0].localStart", notNullValue(), "windows[0].localEnd", notNullValue(),
                        "windows[0].confidence", notNullValue(), "windows[0].reason", notNullValue());
    }

    @Test
    void plans_keep_to_not_on_dates_local_times_and_windows_per_night() {
        String cluster = Api.cluster("pn", 0);
        List.of(1, 2, 3).forEach(i -> Api.host("pn", cluster));
        JsonPath free = as("viewer").body(plan(cluster)).post("/api/v1/proposals/plan").then().statusCode(200)
                .extract().jsonPath();
        LocalDate first = OffsetDateTime.parse(free.getString("windows[0].localStart")).toLocalDate();
        JsonPath constrained = as("viewer").body(plan(cluster, "notOn", List.of(first.toString()),
                "earliestLocalTime", "22:00", "latestLocalTime", "01:00", "maxPerNight", 1))
                .post("/api/v1/proposals/plan").then().statusCode(200).body("windows", hasSize(3)).extract()
                .jsonPath();
        List<OffsetDateTime> starts = constrained.getList("windows.localStart", String.class).stream()
                .map(OffsetDateTime::parse).toList();
        List<OffsetDateTime> ends = constrained.getList("windows.localEnd", String.class).stream()
                .map(OffsetDateTime::parse).toList();
        assertThat(starts).allSatisfy(start -> {
            assertThat(start.toLocalDate()).isNotEqualTo(first);
            assertThat(start.toLocalTime()).isBetween(LocalTime.of(22, 0), LocalTime.of(23, 0));
        });
        assertThat(ends).allSatisfy(end -> assertThat(end.toLocalTime()).isBetween(LocalTime.of(0, 0),
                LocalTime.of(1, 0)));
        assertThat(starts.stream().map(OffsetDateTime::toLocalDate).distinct()).hasSize(3);
    }

    @Test
    void bad_constraints_are_400_naming_the_field_and_booking_needs_the_requester_role() {
        String cluster = Api.cluster("pv", 1);
        Api.host("pv", cluster);
        as("viewer").body(plan(cluster, "maxPerNight", 0)).post("/api/v1/proposals/plan").then().statusCode(400)
                .body("errors.field", hasItem("maxPerNight"));
        as("viewer").body(plan(cluster, "earliestLocalTime", "02:00", "latestLocalTime", "02:00"))
                .post("/api/v1/proposals/plan").then().statusCode(400).body("errors.field", hasItem("latestLocalTime"));
        as("viewer").body(plan(cluster, "notOn", List.of("31-12-2026"))).post("/api/v1/proposals/plan").then()
                .statusCode(400).body("detail", startsWith("notOn"));
        as("viewer").body(plan(cluster, "earliestLocalTime", "25:00")).post("/api/v1/proposals/plan").then()
                .statusCode(400).body("detail", startsWith("earliestLocalTime"));
        as("requester").body(Map.of("plan", plan(cluster))).post("/api/v1/proposals/plan/book").then()
                .statusCode(400).body("errors.field", hasItem("change"));
        as("viewer").body(Map.of("plan", plan(cluster), "change", template("x", "PT1H")))
                .post("/api/v1/proposals/plan/book").then().statusCode(403);
        as("viewer").queryParam("plan", "not-a-plan").get("/api/v1/changes").then().statusCode(400)
                .body("errors.field", hasItem("plan"));
    }
}
