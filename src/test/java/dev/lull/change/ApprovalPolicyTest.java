package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.Api.clockAt;
import static dev.lull.change.ChangeFixtures.T0;
import static dev.lull.change.ChangeFixtures.approve;
import static dev.lull.change.ChangeFixtures.change;
import static dev.lull.change.ChangeFixtures.cluster;
import static dev.lull.change.ChangeFixtures.days;
import static dev.lull.change.ChangeFixtures.etag;
import static dev.lull.change.ChangeFixtures.host;
import static dev.lull.change.ChangeFixtures.post;
import static dev.lull.change.ChangeFixtures.role;
import static dev.lull.change.ChangeFixtures.status;
import static dev.lull.change.ChangeFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

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
class ApprovalPolicyTest {
    private String dbas;
    private String ops;
    private String apps;
    private String mbox;
    private String host;

    @BeforeEach
    void setUp() {
        clockAt(T0);
        dbas = role("dba");
        ops = role("ops");
        apps = role("appadmin");
        mbox = cluster(0);
        host = host(mbox);
    }

    private static Map<String, Object> rule(String type, List<String> risks, String... roles) {
        return Map.of("type", type, "risks", risks, "roles", List.of(roles));
    }

    private Map<String, Object> body(String risk, List<String> requiredRoles) {
        var body = change("NORMAL", List.of(host), days(3), days(3).plus(Duration.ofHours(2)),
                List.of(step("patch", apps, "PT1H")));
        body.put("risk", risk);
        body.put("requiredRoles", requiredRoles);
        return body;
    }

    @Test
    void the_requester_may_add_roles_to_the_policy_of_the_cluster_and_host_but_not_remove_them() {
        as("manager").body(Map.of("rules", List.of(rule("NORMAL", List.of("HIGH"), dbas))))
                .put("/api/v1/clusters/{name}/approval-policy", mbox).then().statusCode(201)
                .body("scope", equalTo("CLUSTER"), "rules[0].roles", contains(dbas));
        as("manager").body(Map.of("rules", List.of(rule("NORMAL", List.of(), ops))))
                .put("/api/v1/hosts/{name}/approval-policy", host).then().statusCode(201);
        int id = as("requester").body(body("HIGH", List.of(apps))).post("/api/v1/changes").then().statusCode(201)
                .body("requiredRoles", contains(apps), "policyRoles", contains(dbas, ops)).extract().path("id");
        as("requester").header("If-Match", etag(id)).body(body("HIGH", List.of(apps)))
                .put("/api/v1/changes/{id}", id).then().statusCode(200).body("policyRoles", contains(dbas, ops));
        post("requester", id, "submit", null, 200);
        as("viewer").get("/api/v1/changes/{id}", id).then().body("approvals.role", contains(apps, dbas, ops));
        approve("appadmin", id, apps);
        approve("ops", id, ops);
        assertThat(status(id)).isEqualTo("ASSESS");
        approve("dba", id, dbas);
        assertThat(status(id)).isEqualTo("AUTHORIZE");
    }

    @Test
    void a_rule_for_another_risk_requires_nothing() {
        as("manager").body(Map.of("rules", List.of(rule("NORMAL", List.of("HIGH"), dbas))))
                .put("/api/v1/clusters/{name}/approval-policy", mbox).then().statusCode(201);
        as("requester").body(body("LOW", null)).post("/api/v1/changes").then().statusCode(201)
                .body("policyRoles", empty());
    }

    @Test
    void a_policy_is_read_replaced_and_removed_by_change_managers_and_checked() {
        String path = "/api/v1/clusters/{name}/approval-policy";
        as("viewer").get(path, mbox).then().statusCode(404);
        as("requester").body(Map.of("rules", List.of(rule("NORMAL", List.of(), dbas)))).put(path, mbox).then()
                .statusCode(403);
        as("manager").body(Map.of("rules", List.of(rule("STANDARD", List.of(), dbas)))).put(path, mbox).then()
                .statusCode(400).body("errors[0].field", equalTo("rules[0].type"));
        as("manager").body(Map.of("rules", List.of(rule("NORMAL", List.of(), "no-such-role")))).put(path, mbox)
                .then().statusCode(422);
        as("manager").body(Map.of("rules", List.of())).put(path, "no-such-cluster").then().statusCode(404);
        as("manager").body(Map.of("rules", List.of(rule("NORMAL", List.of(), dbas)))).put(path, mbox).then()
                .statusCode(201);
        as("manager").body(Map.of("rules", List.of(rule("NORMAL", List.of("LOW", "MEDIUM"), ops)))).put(path, mbox)
                .then().statusCode(428).contentType("application/problem+json");
        as("manager").header("If-Match", "\"v0\"").body(Map.of("rules", List.of(rule("NORMAL", List.of("LOW",
                "MEDIUM"), ops)))).put(path, mbox).then().statusCode(200);
        as("viewer").get(path, mbox).then().statusCode(200).body("rules[0].roles", contains(ops),
                "rules[0].risks", contains("LOW", "MEDIUM"), "updatedBy", equalTo("manager"));
        as("manager").delete(path, mbox).then().statusCode(204);
        as("viewer").get(path, mbox).then().statusCode(404);
    }
}
