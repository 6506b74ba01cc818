package dev.lull.people;

import static dev.lull.Api.as;
import static dev.lull.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PeopleResourceTest {

    @Test
    void the_roles_of_the_practice_are_seeded_with_demo_owners() {
        assertThat(Api.<String>listed("viewer", "/api/v1/roles", "key")).contains("domain-admin", "database-admin",
                "infrastructure-admin", "application-admin", "it-operations", "change-manager");
        assertThat(Api.<List<String>>listed("viewer", "/api/v1/roles", "findAll { it.key == 'change-manager' }.owners"))
                .containsExactly(List.of("manager", "manager2"));
        assertThat(Api.<String>listed("viewer", "/api/v1/roles", "findAll { it.key == 'database-admin' }.title"))
                .containsExactly("Database administration");
        as("viewer").get("/api/v1/roles?page=1&size=2").then().statusCode(200).body("items", hasSize(2),
                "page", equalTo(1), "size", equalTo(2), "total", greaterThan(5));
        as("viewer").get("/api/v1/roles?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void an_admin_creates_and_replaces_a_role_with_its_owners() {
        String key = unique("team");
        as("admin").body(Map.of("title", "Storage", "owners", List.of("ops", "dba", "ops")))
                .put("/api/v1/roles/{key}", key).then().statusCode(200).header("ETag", equalTo("\"v0\""))
                .body("key", equalTo(key), "owners", contains("dba", "ops"));
        as("admin").header("If-Match", "\"v7\"").body(Map.of("title", "Storage", "owners", List.of()))
                .put("/api/v1/roles/{key}", key).then().statusCode(412);
        as("admin").body(Map.of("title", "Storage", "owners", List.of())).put("/api/v1/roles/{key}", key).then()
                .statusCode(428).contentType("application/problem+json").body("status", equalTo(428));
        as("admin").header("If-Match", "\"v0\"").body(Map.of("title", "Storage team", "owners", List.of("infra")))
                .put("/api/v1/roles/{key}", key).then().statusCode(200).body("owners", contains("infra"));
        assertThat(Api.<String>listed("viewer", "/api/v1/roles", "key")).contains(key);
    }

    @Test
    void only_admins_change_roles_and_bad_roles_are_refused() {
        as("manager").body(Map.of("title", "x", "owners", List.of())).put("/api/v1/roles/{key}", unique("t"))
                .then().statusCode(403);
        as("admin").body(Map.of("title", "x", "owners", List.of())).put("/api/v1/roles/{key}", "Bad_Key")
                .then().statusCode(400);
        as("admin").body(Map.of("title", "", "owners", List.of("no spaces"))).put("/api/v1/roles/{key}",
                unique("t")).then().statusCode(400).body("errors.field", contains("owners[0]", "title"));
    }

    @Test
    void a_person_sets_their_own_profile_and_an_admin_anyone_s() {
        as("dba").header("If-Match", "*").body(Map.of("displayName", "Dana Bauer", "email", "dana@example.org"))
                .put("/api/v1/people/{username}", "dba").then().statusCode(200)
                .body("username", equalTo("dba"), "displayName", equalTo("Dana Bauer"));
        as("dba").body(Map.of("displayName", "Olaf")).put("/api/v1/people/{username}", "ops").then().statusCode(403);
        String someone = unique("user");
        as("admin").body(Map.of("displayName", "Someone")).put("/api/v1/people/{username}", someone)
                .then().statusCode(200);
        as("admin").body(Map.of("displayName", "Someone else")).put("/api/v1/people/{username}", someone)
                .then().statusCode(428).contentType("application/problem+json");
        as("viewer").get("/api/v1/people?size=1").then().statusCode(200).body("items", hasSize(1), "size",
                equalTo(1), "total", greaterThan(1));
        assertThat(Api.<String>listed("viewer", "/api/v1/people", "username")).contains("dba", someone);
        as("admin").header("If-Match", "*").body(Map.of("displayName", "X", "email", "not-an-address"))
                .put("/api/v1/people/{username}", someone).then().statusCode(400)
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void only_an_admin_deletes_a_profile_with_its_current_etag() {
        String someone = unique("gone");
        String etag = as("admin").body(Map.of("displayName", "Soon gone")).put("/api/v1/people/{username}", someone)
                .then().statusCode(200).extract().header("ETag");
        as("requester").header("If-Match", etag).delete("/api/v1/people/{username}", someone).then().statusCode(403);
        as("admin").header("If-Match", "\"v999\"").delete("/api/v1/people/{username}", someone).then()
                .statusCode(412).contentType("application/problem+json");
        as("admin").header("If-Match", etag).delete("/api/v1/people/{username}", someone).then().statusCode(204);
        as("admin").delete("/api/v1/people/{username}", someone).then().statusCode(404);
        assertThat(Api.<String>listed("viewer", "/api/v1/people", "username")).doesNotContain(someone);
    }
}
