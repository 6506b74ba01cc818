package dev.lull.booking;

import static dev.lull.Api.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.lull.Api;

/** Hosts, clusters, blackouts, service levels and changes for the booking tests. */
final class BookingFixtures {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private BookingFixtures() {
    }

    /** The instant of that local time in Paris, {@code days} local days after the suite's day. */
    static Instant paris(int days, LocalTime time) {
        LocalDate day = Api.now().atZone(PARIS).toLocalDate().plusDays(days);
        return day.atTime(time).atZone(PARIS).toInstant();
    }

    /** A one-step change body of that type on the host for the window; the step is owned by dba's role. */
    static Map<String, Object> change(String role, String host, Instant start, Instant end, Duration step) {
        return new HashMap<>(Map.of("title", "Patch " + host, "type", "NORMAL", "hosts", List.of(host),
                "window", Map.of("start", start.toString(), "end", end.toString()),
                "plan", List.of(Map.of("title", "patch", "role", role, "duration", step.toString())),
                "backoutPlan", "restore the snapshot", "risk", "LOW"));
    }

    static int create(Map<String, Object> body) {
        return as("requester").body(body).post("/api/v1/changes").then().statusCode(201).extract().path("id");
    }

    /** Submits, approves (dba) and authorizes (manager) the change: every booking check passes or the test fails. */
    static void book(int id, String role) {
        as("requester").post("/api/v1/changes/{id}/submit", id).then().statusCode(200);
        as("dba").body(Map.of("role", role, "decision", "APPROVE", "comment", "ok"))
                .post("/api/v1/changes/{id}/approvals", id).then().statusCode(200);
        as("manager").body(Map.of("decision", "APPROVE", "comment", "go"))
                .post("/api/v1/changes/{id}/authorize", id).then().statusCode(200);
    }

    static void cancel(int id) {
        as("requester").body(Map.of("reason", "only trying")).post("/api/v1/changes/{id}/cancel", id).then()
                .statusCode(200);
    }

    static void blackout(String cluster, Instant start, Instant end) {
        as("manager").body(Map.of("name", Api.unique("freeze"), "start", start.toString(), "end", end.toString(),
                "timeZone", "Europe/Paris", "clusters", List.of(cluster), "reason", "month end"))
                .post("/api/v1/blackouts").then().statusCode(201);
    }

    static void sla(String kind, String name, double target, String period) {
        as("admin").body(Map.of("availabilityTarget", target, "periodLength", period))
                .put("/api/v1/" + kind + "s/{name}/sla", name).then().statusCode(201);
    }
}
