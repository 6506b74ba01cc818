package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.change.ChangeFixtures.approve;
import static dev.lull.change.ChangeFixtures.authorize;
import static dev.lull.change.ChangeFixtures.change;
import static dev.lull.change.ChangeFixtures.create;
import static dev.lull.change.ChangeFixtures.days;
import static dev.lull.change.ChangeFixtures.host;
import static dev.lull.change.ChangeFixtures.post;
import static dev.lull.change.ChangeFixtures.role;
import static dev.lull.change.ChangeFixtures.simple;
import static dev.lull.change.ChangeFixtures.step;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApproverQueueTest {

    @Test
    void me_names_the_caller_their_application_roles_and_the_approval_roles_they_own() {
        String team = role("appadmin");
        as("admin").body(Map.of("displayName", "Ada Admin", "email", "ada@example.org"))
                .put("/api/v1/people/{username}", "appadmin").then().statusCode(200);
        as("appadmin").get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("appadmin"), "displayName", equalTo("Ada Admin"),
                        "email", equalTo("ada@example.org"), "roles", contains("viewer"),
                        "approvalRoles.key", hasItem(team));
        as("requester").get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("requester"), "roles", contains("requester", "viewer"),
                        "approvalRoles.key", not(hasItem(team)));
        as("gate").get("/api/v1/me").then().statusCode(200).body("roles", contains("gate"));
        given().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void a_change_awaits_each_role_owner_until_they_decide_then_the_change_managers() {
        String dbas = role("dba");
        String ops = role("ops");
        String member = host(null);
        int id = create(change("NORMAL", List.of(member), days(3), days(3).plus(Duration.ofHours(4)),
                List.of(step("back up", dbas, "PT1H"), step("patch", ops, "PT1H"))));
        post("requester", id, "submit", null, 200);
        assertAwaiting(member, "dba", id);
        assertAwaiting(member, "ops", id);
        assertAwaiting(member, "requester");
        assertAwaiting(member, "manager");
        approve("dba", id, dbas);
        assertAwaiting(member, "dba");
        assertAwaiting(member, "ops", id);
        approve("ops", id, ops);
        assertAwaiting(member, "ops");
        assertAwaiting(member, "manager", id);
        as("manager").queryParam("host", member).get("/api/v1/changes").then().statusCode(200)
                .body("items[0].status", equalTo("AUTHORIZE"), "items[0].risk", equalTo("LOW"),
                        "items[0].approvalSummary.required", equalTo(2),
                        "items[0].approvalSummary.approved", equalTo(2),
                        "items[0].approvalSummary.pendingRoles", empty(),
                        "items[0].allowedActions", contains("AUTHORIZE", "REJECT_AUTHORIZATION", "CANCEL"));
        as("viewer").queryParam("host", member).get("/api/v1/changes").then()
                .body("items[0].allowedActions", empty());
        as("viewer").queryParam("awaiting", "not a name").get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", containsString("awaiting"));
    }

    @Test
    void changes_are_filtered_by_several_statuses_and_by_role() {
        String dbas = role("dba");
        String member = host(null);
        int assessed = create(change("NORMAL", List.of(member), days(4), days(4).plus(Duration.ofHours(2)),
                List.of(step("back up", dbas, "PT1H"))));
        post("requester", assessed, "submit", null, 200);
        int drafted = create(change("NORMAL", List.of(member), days(5), days(5).plus(Duration.ofHours(2)),
                List.of(step("patch", role("ops"), "PT1H"))));
        as("viewer").queryParam("host", member).queryParam("status", "ASSESS").queryParam("status", "NEW")
                .get("/api/v1/changes").then().statusCode(200).body("items.id", contains(assessed, drafted));
        as("viewer").queryParam("host", member).queryParam("status", "ASSESS").queryParam("status", "AUTHORIZE")
                .get("/api/v1/changes").then().body("items.id", contains(assessed),
                        "items[0].approvalSummary.pendingRoles", contains(dbas));
        as("viewer").queryParam("role", dbas).get("/api/v1/changes").then().body("items.id", contains(assessed));
        as("viewer").queryParam("status", "ASSESS").queryParam("status", "LATE").get("/api/v1/changes").then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        as("viewer").queryParam("role", "Not_A_Key").get("/api/v1/changes").then().statusCode(400);
    }

    @Test
    void my_work_lists_what_awaits_me_the_steps_i_own_and_my_requests() {
        String dbas = role("dba");
        String member = host(null);
        int id = create(change("NORMAL", List.of(member), days(3), days(3).plus(Duration.ofHours(4)),
                List.of(step("back up", dbas, "PT1H"), step("patch", dbas, "PT1H"))));
        as("requester").queryParam("size", 500).get("/api/v1/me/work").then().statusCode(200)
                .body("username", equalTo("requester"), "requests.items.id", hasItem(id),
                        "requests.size", equalTo(500));
        post("requester", id, "submit", null, 200);
        as("dba").queryParam("size", 500).get("/api/v1/me/work").then().statusCode(200)
                .body("awaitingDecision.items.findAll { it.id == " + id + " }.allowedActions",
                        contains(contains("APPROVE", "REJECT")));
        approve("dba", id, dbas);
        as("manager").queryParam("size", 500).get("/api/v1/me/work").then()
                .body("awaitingDecision.items.id", hasItem(id));
        authorize(id);
        Api.clockAt(days(3).plus(Duration.ofMinutes(5)));
        post("requester", id, "start", null, 200);
        as("dba").queryParam("size", 500).get("/api/v1/me/work").then().statusCode(200)
                .body("steps.items.findAll { it.change.id == " + id + " }[0].steps.title",
                        contains("back up", "patch"),
                        "steps.items.findAll { it.change.id == " + id + " }[0].change.allowedActions",
                        hasItem("COMPLETE_STEP"));
        as("ops").queryParam("size", 500).get("/api/v1/me/work").then()
                .body("steps.items.change.id", not(hasItem(id)));
        as("dba").queryParam("size", 0).get("/api/v1/me/work").then().statusCode(400);
        given().get("/api/v1/me/work").then().statusCode(401);
        as("gate").get("/api/v1/me/work").then().statusCode(403);
    }

    @Test
    void a_refused_action_lists_the_actions_the_caller_may_take() {
        int id = create(simple("NORMAL", role("dba")));
        as("manager").body(Map.of("decision", "APPROVE")).post("/api/v1/changes/{id}/authorize", id).then()
                .statusCode(409).body("changeStatus", equalTo("NEW"), "allowedActions", contains("CANCEL"));
        as("requester").body(Map.of("decision", "APPROVE")).post("/api/v1/changes/{id}/authorize", id).then()
                .statusCode(409).body("allowedActions", contains("EDIT", "SUBMIT", "CANCEL"));
        as("viewer").body(Map.of("decision", "APPROVE")).post("/api/v1/changes/{id}/authorize", id).then()
                .statusCode(409).body("allowedActions", empty());
    }

    @Test
    void approval_roles_default_from_the_policy_of_the_change_s_cluster() {
        String cluster = Api.cluster("qc", 0);
        String member = host(cluster);
        String dbas = role("dba");
        as("manager").body(Map.of("rules", List.of(Map.of("type", "NORMAL", "roles", List.of(dbas)))))
                .put("/api/v1/clusters/{name}/approval-policy", cluster).then().statusCode(201);
        String ops = role("ops");
        int id = create(change("NORMAL", List.of(member), days(3), days(3).plus(Duration.ofHours(2)),
                List.of(step("patch", ops, "PT1H"))));
        post("requester", id, "submit", null, 200);
        as("viewer").get("/api/v1/changes/{id}", id).then().body("requiredRoles", empty(),
                "policyRoles", contains(dbas), "approvals.role", containsInAnyOrder(ops, dbas),
                "status", equalTo("ASSESS"));
    }

    private static void assertAwaiting(String host, String person, Integer... ids) {
        Matcher<?> expected = ids.length == 0 ? empty() : contains(ids);
        as("viewer").queryParam("host", host).queryParam("awaiting", person).get("/api/v1/changes").then()
                .statusCode(200).body("items.id", expected);
    }
}
