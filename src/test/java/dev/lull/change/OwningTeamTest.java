package dev.lull.change;

import static dev.lull.Api.as;
import static dev.lull.change.ChangeFixtures.change;
import static dev.lull.change.ChangeFixtures.create;
import static dev.lull.change.ChangeFixtures.days;
import static dev.lull.change.ChangeFixtures.role;
import static dev.lull.change.ChangeFixtures.step;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OwningTeamTest {

    @Test
    void a_host_and_its_cluster_name_owning_teams_shown_on_their_changes_and_in_feeds() {
        String cluster = Api.cluster("ot", 0);
        String member = Api.host("ot", cluster);
        String dbas = role("dba");
        String ops = role("ops");
        as("manager").body(Map.of("role", dbas, "people", List.of("ops", "infra", "ops")))
                .put("/api/v1/hosts/{name}/owner", member).then().statusCode(201).header("ETag", equalTo("\"v0\""))
                .body("scope", equalTo("HOST"), "name", equalTo(member), "role", equalTo(dbas),
                        "people", contains("infra", "ops"), "updatedBy", equalTo("manager"));
        as("manager").body(Map.of("role", ops)).put("/api/v1/clusters/{name}/owner", cluster).then()
                .statusCode(201).body("people", empty());
        int id = create(change("NORMAL", List.of(member), days(3), days(3).plus(Duration.ofHours(2)),
                List.of(step("patch", ops, "PT1H"))));
        as("viewer").get("/api/v1/changes/{id}", id).then().statusCode(200)
                .body("owners.scope", contains("CLUSTER", "HOST"), "owners.name", contains(cluster, member),
                        "owners.role", contains(ops, dbas));
        String feed = as("viewer").body(Map.of("scope", Map.of("host", member), "includeTentative", true))
                .post("/api/v1/feeds").then().statusCode(201).extract().path("url");
        String text = given().get(feed).then().statusCode(200).extract().asString().replace("\r\n ", "");
        assertThat(text).contains("Owned by host " + member + ": " + dbas, "Owned by cluster " + cluster + ": " + ops);
    }

    @Test
    void an_owning_team_is_read_replaced_and_removed_by_change_managers_and_checked() {
        String member = Api.host("ot", null);
        String dbas = role("dba");
        String path = "/api/v1/hosts/{name}/owner";
        as("viewer").get(path, member).then().statusCode(404);
        as("requester").body(Map.of("role", dbas)).put(path, member).then().statusCode(403);
        as("manager").body(Map.of()).put(path, member).then().statusCode(400)
                .body("errors[0].field", equalTo("role"));
        as("manager").body(Map.of("people", List.of("no spaces"))).put(path, member).then().statusCode(400);
        as("manager").body(Map.of("role", "no-such-role")).put(path, member).then().statusCode(422);
        as("manager").body(Map.of("role", dbas)).put(path, "no-such-host").then().statusCode(404);
        as("manager").body(Map.of("role", dbas)).put(path, member).then().statusCode(201);
        as("manager").body(Map.of("people", List.of("dba"))).put(path, member).then().statusCode(428)
                .contentType("application/problem+json");
        as("manager").header("If-Match", "\"v7\"").body(Map.of("people", List.of("dba"))).put(path, member).then()
                .statusCode(412);
        as("manager").header("If-Match", "\"v0\"").body(Map.of("people", List.of("dba"))).put(path, member).then()
                .statusCode(200).header("ETag", equalTo("\"v1\"")).body("role", nullValue(), "people", contains("dba"));
        as("viewer").get(path, member).then().statusCode(200).body("people", contains("dba"));
        as("requester").header("If-Match", "\"v1\"").delete(path, member).then().statusCode(403);
        as("manager").header("If-Match", "\"v1\"").delete(path, member).then().statusCode(204);
        as("viewer").get(path, member).then().statusCode(404);
        as("viewer").get("/api/v1/clusters/{name}/owner", "no-such-cluster").then().statusCode(404);
    }

    @Test
    void both_owner_endpoints_are_documented_with_their_tag() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/hosts/{name}/owner'.put.tags", contains("Owning teams"),
                        "paths.'/api/v1/clusters/{name}/owner'.get.summary",
                        equalTo("Read the owning team of a host or cluster"));
    }
}
