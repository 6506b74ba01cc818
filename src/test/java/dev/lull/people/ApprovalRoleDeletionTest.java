package dev.lull.people;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** DELETE /api/v1/roles/{key}: admins delete a role nothing names; a role in use is refused, naming its uses. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApprovalRoleDeletionTest {

    @Test
    void an_admin_deletes_an_unused_role_and_it_is_gone() {
        String key = Api.role("unused", "dba");
        as("admin").header("If-Match", "\"v0\"").delete("/api/v1/roles/{key}", key).then().statusCode(204);
        as("admin").delete("/api/v1/roles/{key}", key).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no approval role"));
        as("viewer").get("/api/v1/roles?size=500").then().body("items.key", org.hamcrest.Matchers.not(hasItem(key)));
    }

    @Test
    void a_role_named_by_an_owning_team_and_a_policy_is_refused_with_what_uses_it() {
        String key = Api.role("team", "dba");
        String cluster = Api.cluster("rolec", 0);
        as("manager").body(Map.of("role", key)).put("/api/v1/clusters/{name}/owner", cluster).then().statusCode(201);
        as("manager").body(Map.of("rules", List.of(Map.of("type", "NORMAL", "risks", List.of(), "roles",
                List.of(key))))).put("/api/v1/hosts/{name}/approval-policy", Api.host("roleh", cluster)).then()
                .statusCode(201);
        as("admin").delete("/api/v1/roles/{key}", key).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("approval role " + key + " is still used by the owning team of "
                        + "cluster " + cluster), "detail", containsString("the approval policy of host roleh"),
                        "uses", hasSize(2));
        as("manager").delete("/api/v1/clusters/{name}/owner", cluster).then().statusCode(204);
        as("admin").delete("/api/v1/roles/{key}", key).then().statusCode(409).body("uses", hasSize(1));
    }

    @Test
    void a_role_that_a_change_named_stays_so_that_its_history_reads_true() {
        String key = Api.role("hist", "dba");
        Instant start = Api.plusDays(Api.now(), 3);
        int change = as("requester").body(Map.of("title", "Patch", "type", "NORMAL",
                "hosts", List.of(Api.host("hist", Api.cluster("histc", 0))),
                "window", Map.of("start", start.toString(), "end", start.plus(Duration.ofHours(2)).toString()),
                "plan", List.of(Map.of("title", "reboot", "role", key, "duration", "PT30M")),
                "requiredRoles", List.of(key), "risk", "LOW")).post("/api/v1/changes").then().statusCode(201)
                .extract().path("id");
        as("requester").body(Map.of("reason", "not needed")).post("/api/v1/changes/{id}/cancel", change).then()
                .statusCode(200);
        as("admin").delete("/api/v1/roles/{key}", key).then().statusCode(409)
                .body("uses", contains("change " + change + " (CANCELED)"),
                        "detail", containsString("history reads true"));
        as("viewer").get("/api/v1/changes/{id}", change).then().statusCode(200);
    }

    @Test
    void a_role_with_a_calendar_feed_is_refused_until_the_feed_is_revoked() {
        String key = Api.role("feed", "dba");
        int feed = as("dba").body(Map.of("scope", Map.of("role", key))).post("/api/v1/feeds").then().statusCode(201)
                .extract().path("id");
        as("admin").delete("/api/v1/roles/{key}", key).then().statusCode(409)
                .body("uses", contains("1 calendar feed(s) of the role (revoke them first)"));
        as("dba").delete("/api/v1/feeds/{id}", feed).then().statusCode(204);
        as("admin").delete("/api/v1/roles/{key}", key).then().statusCode(204);
    }

    @Test
    void a_stale_if_match_is_refused_and_nothing_is_deleted() {
        String key = Api.role("stale");
        as("admin").header("If-Match", "*").body(Map.of("title", "Renamed", "owners", List.of()))
                .put("/api/v1/roles/{key}", key).then().statusCode(200);
        as("admin").header("If-Match", "\"v0\"").delete("/api/v1/roles/{key}", key).then().statusCode(412);
        as("viewer").get("/api/v1/roles?size=500").then().body("items.key", hasItem(key));
    }

    @Test
    void only_admins_delete_roles_and_bad_keys_are_400() {
        String key = Api.role("guarded");
        for (String user : List.of("viewer", "requester", "manager")) {
            as(user).delete("/api/v1/roles/{key}", key).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().delete("/api/v1/roles/{key}", key).then().statusCode(401);
        as("admin").delete("/api/v1/roles/{key}", "Bad Key").then().statusCode(400)
                .contentType("application/problem+json");
        as("viewer").get("/api/v1/roles?size=500").then().body("items.key", hasItem(key));
    }
}
