package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.change.ChangeFixtures.T0;
import static dev.lull.change.ChangeFixtures.approve;
import static dev.lull.change.ChangeFixtures.authorize;
import static dev.lull.change.ChangeFixtures.create;
import static dev.lull.change.ChangeFixtures.days;
import static dev.lull.change.ChangeFixtures.post;
import static dev.lull.change.ChangeFixtures.role;
import static dev.lull.change.ChangeFixtures.simple;
import static dev.lull.change.ChangeFixtures.status;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeLifecycleTest {

    @BeforeEach
    void now() {
        clockAt(T0);
    }

    @Test
    void a_normal_change_goes_the_full_path_from_new_to_closed() {
        String dba = role("dba");
        String ops = role("ops");
        int id = create(simple("NORMAL", dba, ops));
        as("requester").get("/api/v1/changes/{id}", id).then().statusCode(200)
                .body("status", equalTo("NEW"), "allowedActions", contains("EDIT", "SUBMIT", "CANCEL"));
        post("requester", id, "submit", null, 200);
        as("dba").get("/api/v1/changes/{id}", id).then()
                .body("status", equalTo("ASSESS"), "approvals.state", contains("PENDING", "PENDING"),
                        "allowedActions", contains("APPROVE", "REJECT"));
        approve("dba", id, dba);
        approve("ops", id, ops);
        as("manager").get("/api/v1/changes/{id}", id).then()
                .body("status", equalTo("AUTHORIZE"), "allowedActions", hasItem("AUTHORIZE"));
        authorize(id);
        assertStatus(id, "SCHEDULED");
        post("requester", id, "start", null, 409);
        clockAt(days(3).plus(Duration.ofMinutes(10)));
        post("requester", id, "start", null, 200);
        post("ops", id, "steps/1/done", null, 403);
        post("dba", id, "steps/1/done", null, 200);
        post("ops", id, "steps/2/done", null, 200);
        clockAt(days(3).plus(Duration.ofHours(3)));
        as("requester").body(Map.of("outcome", "SUCCESSFUL", "comment", "patched"))
                .post("/api/v1/changes/{id}/complete",
                        id)
                .then().statusCode(200).body("status", equalTo("REVIEW"), "completion.outcome", equalTo("SUCCESSFUL"));
        as("manager").body(Map.of("review", "went to plan")).post("/api/v1/changes/{id}/close", id)
                .then().statusCode(200).body("status", equalTo("CLOSED"), "review.stayedInWindow", equalTo(true),
                        "review.startDelay", equalTo("PT10M"), "review.startedEarlyBy", equalTo("PT0S"),
                        "review.review", equalTo("went to plan"),
                        "plan.doneBy", contains("dba", "ops"), "allowedActions", empty());
        as("viewer").get("/api/v1/changes/{id}/history", id).then().statusCode(200)
                .body("items.to",
                        contains("NEW", "ASSESS", "ASSESS", "AUTHORIZE", "SCHEDULED", "IMPLEMENT", "IMPLEMENT",
                                "IMPLEMENT", "IMPLEMENT", "REVIEW", "CLOSED"),
                        "items.actor",
                        contains("requester", "requester", "dba", "ops", "manager", "requester", "ops", "dba",
                                "ops", "requester", "manager"),
                        "items[3].from", equalTo("ASSESS"), "items[3].comment", containsString(ops),
                        "items[6].action", equalTo("COMPLETE_STEP"), "items[6].refusal", equalTo("NOT_A_ROLE_OWNER"));
    }

    @Test
    void a_standard_change_is_scheduled_straight_on_submit() {
        int id = create(simple("STANDARD", role("infra")));
        post("requester", id, "submit", null, 200);
        assertStatus(id, "SCHEDULED");
    }

    @Test
    void an_emergency_change_skips_assessment_overrides_a_blackout_with_a_reason_and_starts_at_once() {
        var body = simple("EMERGENCY", role("infra"));
        var hosts = (List<?>) body.get("hosts");
        as("manager").body(Map.of("name", "freeze", "start", days(2).toString(), "end", days(5).toString(),
                "timeZone", "UTC", "hosts", hosts, "reason", "audit")).post("/api/v1/blackouts").then().statusCode(201);
        int blocked = create(body);
        as("requester").post("/api/v1/changes/{id}/submit", blocked).then().statusCode(409)
                .body("conflicts.kind", contains("BLACKOUT"), "conflicts[0].message", containsString("override"));
        body.put("blackoutOverride", "security fix for a live exploit");
        int id = create(body);
        post("requester", id, "submit", null, 200);
        assertStatus(id, "AUTHORIZE");
        authorize(id);
        post("requester", id, "start", null, 200);
        assertStatus(id, "IMPLEMENT");
        as("viewer").get("/api/v1/changes/{id}/history", id).then()
                .body("items[1].comment", equalTo("blackouts overridden: security fix for a live exploit"));
    }

    @Test
    void a_rejected_change_goes_back_to_new_with_the_reason_and_can_be_resubmitted() {
        String dba = role("dba");
        String ops = role("ops");
        int id = create(simple("NORMAL", dba, ops));
        post("requester", id, "submit", null, 200);
        approve("dba", id, dba);
        post("ops", id, "approvals", Map.of("role", ops, "decision", "REJECT"), 400);
        post("ops", id, "approvals", Map.of("role", ops, "decision", "REJECT", "comment", "not during sales"), 200);
        as("requester").get("/api/v1/changes/{id}", id).then().body("status", equalTo("NEW"),
                "returnedReason", containsString("not during sales"), "approvals.state",
                contains("APPROVED", "REJECTED"));
        post("requester", id, "submit", null, 200);
        as("requester").get("/api/v1/changes/{id}", id).then().body("status", equalTo("ASSESS"),
                "approvals.state", contains("PENDING", "PENDING"), "returnedReason", nullValue());
    }

    @Test
    void a_refused_authorization_sends_the_change_back_to_new() {
        int id = create(simple("EMERGENCY", role("infra")));
        post("requester", id, "submit", null, 200);
        post("manager", id, "authorize", Map.of("decision", "REJECT", "comment", "not an emergency"), 200);
        as("requester").get("/api/v1/changes/{id}", id).then().body("status", equalTo("NEW"),
                "returnedReason", containsString("not an emergency"));
    }

    @Test
    void a_change_is_cancelled_with_a_reason_and_then_refuses_every_action() {
        int id = create(simple("STANDARD", role("infra")));
        post("requester", id, "submit", null, 200);
        post("requester", id, "cancel", Map.of("reason", ""), 400);
        post("requester", id, "cancel", Map.of("reason", "hardware replaced instead"), 200);
        as("requester").get("/api/v1/changes/{id}", id).then().body("status", equalTo("CANCELED"),
                "cancelReason", equalTo("hardware replaced instead"), "allowedActions", empty());
        as("requester").post("/api/v1/changes/{id}/start", id).then().statusCode(409)
                .body("changeStatus", equalTo("CANCELED"), "allowedActions", empty());
    }

    @Test
    void rescheduling_a_scheduled_change_sends_it_back_for_authorization() {
        int id = create(simple("EMERGENCY", role("infra")));
        post("requester", id, "submit", null, 200);
        authorize(id);
        as("requester").body(Map.of("start", days(6).toString(), "end", days(6).plus(Duration.ofHours(2)).toString()))
                .put("/api/v1/changes/{id}/window", id).then().statusCode(428)
                .contentType("application/problem+json");
        assertStatus(id, "SCHEDULED");
        as("requester").header("If-Match", "*")
                .body(Map.of("start", days(6).toString(), "end", days(6).plus(Duration.ofHours(2)).toString(),
                        "comment", "vendor delay"))
                .put("/api/v1/changes/{id}/window", id)
                .then().statusCode(200).body("status", equalTo("AUTHORIZE"),
                        "window.start", equalTo(days(6).toString()));
        authorize(id);
        assertStatus(id, "SCHEDULED");
        as("viewer").get("/api/v1/changes/{id}/history", id).then()
                .body("items.action", contains("EDIT", "SUBMIT", "AUTHORIZE", "RESCHEDULE", "AUTHORIZE"),
                        "items[3].comment", containsString("vendor delay"));
    }

    private static void assertStatus(int id, String expected) {
        org.assertj.core.api.Assertions.assertThat(status(id)).isEqualTo(expected);
    }
}
