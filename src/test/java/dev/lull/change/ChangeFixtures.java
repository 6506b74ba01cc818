package dev.lull.change;

import static dev.lull.Api.as;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.lull.Api;

/** Hosts, roles and change bodies for the change API tests. */
final class ChangeFixtures {
    /** The tests' "now", the suite's instant (see TestClock): every change test starts here. */
    static final Instant T0 = Api.now();

    private ChangeFixtures() {
    }

    static Instant days(double days) {
        return Api.plusDays(T0, days);
    }

    static String cluster(int minAvailable) {
        return Api.cluster("cc", minAvailable);
    }

    static String host(String cluster) {
        return Api.host("ch", cluster);
    }

    /** A new approval role owned by the given users. */
    static String role(String... owners) {
        return Api.role("role", owners);
    }

    static Map<String, Object> step(String title, String role, String duration) {
        return Map.of("title", title, "role", role, "duration", duration);
    }

    static Map<String, Object> change(String type, List<String> hosts, Instant start, Instant end,
            List<Map<String, Object>> plan) {
        return new HashMap<>(Map.of("title", "Patch " + String.join(", ", hosts), "type", type, "hosts", hosts,
                "window", Map.of("start", start.toString(), "end", end.toString()), "plan", plan,
                "backoutPlan", "restore the snapshot", "risk", "LOW"));
    }

    /** A change of that type on a fresh host, window from day 3 for 4 hours, one 1-hour step per role. */
    static Map<String, Object> simple(String type, String... roles) {
        List<Map<String, Object>> plan = new ArrayList<>();
        for (String role : roles) {
            plan.add(step("work of " + role, role, "PT1H"));
        }
        return change(type, List.of(host(null)), days(3), days(3).plus(Duration.ofHours(4)), plan);
    }

    static int create(Map<String, Object> body) {
        return as("requester").body(Api.standardFit(body)).post("/api/v1/changes").then().statusCode(201).extract()
                .path("id");
    }

    static String etag(int id) {
        return as("viewer").get("/api/v1/changes/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    static String status(int id) {
        return as("viewer").get("/api/v1/changes/{id}", id).then().statusCode(200).extract().path("status");
    }

    static void post(String user, int id, String action, Object body, int expected) {
        var request = as(user);
        if (body != null) {
            request = request.body(body);
        }
        request.post("/api/v1/changes/{id}/" + action, id).then().statusCode(expected);
    }

    static void approve(String user, int id, String role) {
        post(user, id, "approvals", Map.of("role", role, "decision", "APPROVE", "comment", "ok"), 200);
    }

    static void authorize(int id) {
        post("manager", id, "authorize", Map.of("decision", "APPROVE", "comment", "go"), 200);
    }
}
