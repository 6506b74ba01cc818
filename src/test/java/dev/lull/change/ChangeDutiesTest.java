package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.change.ChangeFixtures.T0;
import static dev.lull.change.ChangeFixtures.approve;
import static dev.lull.change.ChangeFixtures.create;
import static dev.lull.change.ChangeFixtures.etag;
import static dev.lull.change.ChangeFixtures.post;
import static dev.lull.change.ChangeFixtures.role;
import static dev.lull.change.ChangeFixtures.simple;
import static dev.lull.change.ChangeFixtures.status;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeDutiesTest {

    @BeforeEach
    void now() {
        clockAt(T0);
    }

    private static int submitted(String... roles) {
        int id = create(simple("NORMAL", roles));
        post("requester", id, "submit", null, 200);
        return id;
    }

    @Test
    void the_requester_never_approves_their_own_change_even_as_an_owner_of_the_role() {
        String team = role("requester", "dba");
        int id = submitted(team);
        as("requester").get("/api/v1/changes/{id}", id).then().body("allowedActions", contains("CANCEL"));
        as("requester").body(Map.of("role", team, "decision", "APPROVE")).post("/api/v1/changes/{id}/approvals", id)
                .then().statusCode(403).contentType("application/problem+json")
                .body("reason", equalTo("REQUESTER_MAY_NOT_DECIDE"));
    }

    @Test
    void only_an_owner_of_the_role_approves_for_it() {
        String team = role("dba");
        int id = submitted(team);
        as("ops").get("/api/v1/changes/{id}", id).then().body("allowedActions", empty());
        as("ops").body(Map.of("role", team, "decision", "APPROVE")).post("/api/v1/changes/{id}/approvals", id)
                .then().statusCode(403).body("reason", equalTo("NOT_A_ROLE_OWNER"));
    }

    @Test
    void one_person_approves_for_one_role_of_a_change_only() {
        String first = role("dba");
        String second = role("dba", "ops");
        int id = submitted(first, second);
        approve("dba", id, first);
        as("dba").body(Map.of("role", second, "decision", "APPROVE")).post("/api/v1/changes/{id}/approvals", id)
                .then().statusCode(403).body("reason", equalTo("ALREADY_DECIDED_FOR_ANOTHER_ROLE"));
        approve("ops", id, second);
        assertThat(status(id)).isEqualTo("AUTHORIZE");
    }

    @Test
    void a_role_decided_once_cannot_be_decided_again() {
        String team = role("dba", "infra");
        String other = role("ops");
        int id = submitted(team, other);
        approve("dba", id, team);
        as("infra").body(Map.of("role", team, "decision", "APPROVE")).post("/api/v1/changes/{id}/approvals", id)
                .then().statusCode(409).body("detail", equalTo("role " + team + " was already approved by dba"));
    }

    @Test
    void only_a_change_manager_who_is_not_the_requester_authorizes() {
        int id = create(simple("EMERGENCY", role("infra")));
        post("requester", id, "submit", null, 200);
        as("dba").body(Map.of("decision", "APPROVE")).post("/api/v1/changes/{id}/authorize", id)
                .then().statusCode(403).body("reason", equalTo("NOT_A_ROLE_OWNER"));
        as("manager2").get("/api/v1/changes/{id}", id).then()
                .body("allowedActions", contains("AUTHORIZE", "REJECT_AUTHORIZATION", "CANCEL"));
        as("manager2").body(Map.of("decision", "APPROVE")).post("/api/v1/changes/{id}/authorize", id)
                .then().statusCode(200).body("status", equalTo("SCHEDULED"));
    }

    @Test
    void one_who_approved_a_change_for_a_role_may_not_also_authorize_it_and_is_told_why() {
        String databaseAdmins = role("manager", "dba");
        int id = submitted(databaseAdmins);
        approve("manager", id, databaseAdmins);
        assertThat(status(id)).isEqualTo("AUTHORIZE");
        as("manager").get("/api/v1/changes/{id}", id).then().body("allowedActions", contains("CANCEL"));
        as("manager").body(Map.of("decision", "APPROVE")).post("/api/v1/changes/{id}/authorize", id)
                .then().statusCode(403).contentType("application/problem+json")
                .body("reason", equalTo("APPROVER_MAY_NOT_AUTHORIZE"),
                        "detail", containsString("manager approved this change for role " + databaseAdmins));
        assertThat(status(id)).isEqualTo("AUTHORIZE");
        as("manager2").body(Map.of("decision", "APPROVE")).post("/api/v1/changes/{id}/authorize", id)
                .then().statusCode(200).body("status", equalTo("SCHEDULED"));
        as("viewer").get("/api/v1/changes/{id}/history", id).then().statusCode(200)
                .body("items.actor", contains("requester", "requester", "manager", "manager", "manager2"),
                        "items[3].action", equalTo("AUTHORIZE"), "items[3].refusal",
                        equalTo("APPROVER_MAY_NOT_AUTHORIZE"),
                        "items[3].from", equalTo("AUTHORIZE"), "items[3].to", equalTo("AUTHORIZE"),
                        "items[3].comment", containsString("cannot also authorize it"),
                        "items[4]", not(hasKey("refusal")));
    }

    @Test
    void a_refusal_repeated_before_the_change_moves_is_kept_once_in_the_trail() {
        String databaseAdmins = role("manager", "dba");
        int id = submitted(databaseAdmins);
        for (int attempt = 0; attempt < 5; attempt++) {
            as("requester").body(Map.of("role", databaseAdmins, "decision", "APPROVE"))
                    .post("/api/v1/changes/{id}/approvals", id).then().statusCode(403);
        }
        as("viewer").get("/api/v1/changes/{id}/history", id).then().statusCode(200)
                .body("items.refusal", contains(null, null, "REQUESTER_MAY_NOT_DECIDE"));
    }

    @Test
    void change_managers_do_not_request_and_an_admin_never_authorizes_a_change_they_requested() {
        var body = simple("EMERGENCY", role("infra"));
        as("manager").body(body).post("/api/v1/changes").then().statusCode(403);
        int own = as("admin").body(body).post("/api/v1/changes").then().statusCode(201).extract().path("id");
        as("admin").post("/api/v1/changes/{id}/submit", own).then().statusCode(200);
        as("admin").body(Map.of("decision", "APPROVE")).post("/api/v1/changes/{id}/authorize", own)
                .then().statusCode(403).body("reason", equalTo("REQUESTER_MAY_NOT_DECIDE"));
    }

    @Test
    void two_concurrent_approvals_make_exactly_one_transition_and_lose_nothing() throws Exception {
        String dbaRole = role("dba");
        String opsRole = role("ops");
        int id = submitted(dbaRole, opsRole);
        CountDownLatch go = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> decide(go, "dba", id, dbaRole));
        var second = CompletableFuture.supplyAsync(() -> decide(go, "ops", id, opsRole));
        go.countDown();
        assertThat(List.of(first.get(), second.get())).containsExactly(200, 200);
        as("viewer").get("/api/v1/changes/{id}", id).then()
                .body("status", equalTo("AUTHORIZE"), "approvals.state", contains("APPROVED", "APPROVED"));
        List<String> to = as("viewer").get("/api/v1/changes/{id}/history", id).then().extract().path("items.to");
        assertThat(to).containsExactly("NEW", "ASSESS", "ASSESS", "AUTHORIZE");
    }

    private static int decide(CountDownLatch go, String user, int id, String role) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return as(user).body(Map.of("role", role, "decision", "APPROVE")).post("/api/v1/changes/{id}/approvals", id)
                .then().extract().statusCode();
    }

    @Test
    void a_write_with_a_stale_if_match_is_refused_and_the_current_one_accepted() {
        String team = role("dba");
        int id = submitted(team);
        String current = etag(id);
        as("dba").header("If-Match", "\"v0\"").body(Map.of("role", team, "decision", "APPROVE"))
                .post("/api/v1/changes/{id}/approvals", id).then().statusCode(412);
        as("dba").header("If-Match", current).body(Map.of("role", team, "decision", "APPROVE"))
                .post("/api/v1/changes/{id}/approvals", id).then().statusCode(200);
        as("requester").header("If-Match", current).body(Map.of("reason", "late"))
                .post("/api/v1/changes/{id}/cancel", id).then().statusCode(412);
    }

    @Test
    void an_action_not_allowed_now_names_the_status_and_the_actions_the_caller_may_take() {
        int id = create(simple("NORMAL", role("dba")));
        as("manager").body(Map.of("decision", "APPROVE")).post("/api/v1/changes/{id}/authorize", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("changeStatus", equalTo("NEW"), "allowedActions", contains("CANCEL"));
    }

    @Test
    void only_the_requester_edits_or_submits_and_plan_steps_need_an_owner() {
        int id = create(simple("EMERGENCY", role("infra")));
        as("dba").post("/api/v1/changes/{id}/submit", id).then().statusCode(403).body("reason",
                equalTo("NOT_INVOLVED"));
        post("requester", id, "submit", null, 200);
        post("manager", id, "authorize", Map.of("decision", "APPROVE"), 200);
        post("dba", id, "start", null, 403);
        post("infra", id, "start", null, 200);
        post("dba", id, "steps/1/done", null, 403);
        post("infra", id, "steps/2/done", null, 409);
        post("infra", id, "steps/1/done", null, 200);
        post("infra", id, "steps/1/done", null, 409);
    }

    @Test
    void each_role_boundary_holds() {
        var body = simple("NORMAL", role("dba"));
        as("viewer").body(body).post("/api/v1/changes").then().statusCode(403);
        as("ingest").get("/api/v1/changes").then().statusCode(403);
        as("gate").post("/api/v1/changes/{id}/submit", 1).then().statusCode(403);
        given().get("/api/v1/changes").then().statusCode(401);
        given().get("/api/v1/roles").then().statusCode(401);
    }
}
