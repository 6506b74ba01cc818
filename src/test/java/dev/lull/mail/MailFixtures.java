package dev.lull.mail;

import static dev.lull.Api.as;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.lull.Api;

/** People with addresses and preferences, a role, a host with an owning team and NORMAL changes on it. */
final class MailFixtures {
    static final Instant T0 = Api.now();

    private MailFixtures() {
    }

    static Instant days(double days) {
        return Api.plusDays(T0, days);
    }

    /** Creates or replaces (If-Match: *) the profile of that user; a null address leaves them without one. */
    static void person(String username, String address) {
        Map<String, Object> body = new HashMap<>(Map.of("displayName", username + " person"));
        if (address != null) {
            body.put("email", address);
        }
        as("admin").header("If-Match", "*").body(body).put("/api/v1/people/{username}", username).then()
                .statusCode(200);
    }

    static void preferences(String username, String cadence, List<String> events, boolean invitations,
            String zone) {
        Map<String, Object> body = new HashMap<>(Map.of("cadence", cadence, "invitations", invitations));
        if (events != null) {
            body.put("events", events);
        }
        if (zone != null) {
            body.put("timeZone", zone);
        }
        as(username).header("If-Match", "*").body(body).put("/api/v1/me/preferences").then().statusCode(200);
    }

    /** The usual cast: everyone with an address and immediate mail of every event, but manager2 without one. */
    static void cast() {
        for (String user : List.of("requester", "dba", "ops", "manager", "appadmin", "infra")) {
            person(user, user + "@lull.test");
            preferences(user, "IMMEDIATE", null, true, null);
        }
        person("manager2", null);
    }

    /** A host whose owning team is {@code people}. */
    static String host(String... people) {
        String host = Api.host("mh", null, "Europe/Paris", null);
        as("manager").body(Map.of("people", List.of(people))).put("/api/v1/hosts/{name}/owner", host).then()
                .statusCode(201);
        return host;
    }

    /** A NORMAL change on the host, window on day 3 for 4 hours, one 1-hour step of {@code role}. */
    static int change(String host, String role) {
        Instant start = days(3);
        Map<String, Object> body = Map.of("title", "Patch " + host, "type", "NORMAL", "hosts", List.of(host),
                "window", Map.of("start", start.toString(), "end", start.plus(Duration.ofHours(4)).toString()),
                "plan", List.of(Map.of("title", "patch it", "role", role, "duration", "PT1H")),
                "backoutPlan", "restore the snapshot", "risk", "LOW");
        return as("requester").body(body).post("/api/v1/changes").then().statusCode(201).extract().path("id");
    }

    static void act(String user, int id, String action, Object body) {
        var request = as(user);
        if (body != null) {
            request = request.body(body);
        }
        request.post("/api/v1/changes/{id}/" + action, id).then().statusCode(200);
    }

    /** Submits the change, approves it for {@code role} as dba, and authorizes it as manager: SCHEDULED. */
    static void schedule(int id, String role) {
        act("requester", id, "submit", null);
        act("dba", id, "approvals", Map.of("role", role, "decision", "APPROVE", "comment", "ok"));
        act("manager", id, "authorize", Map.of("decision", "APPROVE", "comment", "go"));
    }

    /** Who the log says was written to about that event of the change, and how it went, as "user:STATUS". */
    static List<String> log(int id, String type) {
        return as("admin").queryParam("change", id).queryParam("type", type).queryParam("size", 100)
                .get("/api/v1/mail/deliveries").then().statusCode(200).extract()
                .<List<Map<String, Object>>>path("items").stream()
                .map(item -> item.get("recipient") + ":" + item.get("status")).sorted().toList();
    }
}
