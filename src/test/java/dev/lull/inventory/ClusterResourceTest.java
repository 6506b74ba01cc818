package dev.lull.inventory;

import static dev.lull.Api.as;
import static dev.lull.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClusterResourceTest {

    static String createCluster(int minAvailable) {
        String name = unique("mbox");
        as("admin").body(Map.of("name", name, "description", "MessageBox", "minAvailable", minAvailable))
                .post("/api/v1/clusters").then().statusCode(201);
        return name;
    }

    @Test
    void an_admin_creates_a_cluster_and_reads_it_back() {
        String name = unique("mbox");
        as("admin").body(Map.of("name", name, "minAvailable", 3))
                .post("/api/v1/clusters")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/clusters/" + name))
                .header("ETag", equalTo("\"v0\""))
                .body("name", equalTo(name), "minAvailable", equalTo(3), "hosts", empty(),
                        "warnings[0]", containsString("none of its hosts can ever be taken down"));
        as("viewer").get("/api/v1/clusters/{name}", name)
                .then().statusCode(200).header("ETag", equalTo("\"v0\"")).body("name", equalTo(name));
        assertThat(Api.<String>listed("viewer", "/api/v1/clusters", "name")).contains(name);
    }

    @Test
    void the_cluster_list_is_paged() {
        createCluster(1);
        createCluster(1);
        as("viewer").get("/api/v1/clusters?page=1&size=1").then().statusCode(200)
                .body("items", hasSize(1), "page", equalTo(1), "size", equalTo(1), "total",
                        greaterThanOrEqualTo(2));
        as("viewer").get("/api/v1/clusters?size=501").then().statusCode(400).body("errors[0].field",
                equalTo("size"));
        as("viewer").get("/api/v1/clusters?page=-1").then().statusCode(400).body("errors[0].field",
                equalTo("page"));
    }

    @Test
    void clusters_are_found_by_part_of_their_name_ignoring_case_with_wildcards_taken_literally() {
        String first = createCluster(1);
        createCluster(1);
        as("viewer").queryParam("nameContains", first.substring(1).toUpperCase()).get("/api/v1/clusters")
                .then().statusCode(200).body("items.name", contains(first), "total", equalTo(1));
        as("viewer").queryParam("nameContains", first + "-none").get("/api/v1/clusters")
                .then().statusCode(200).body("items", empty(), "total", equalTo(0));
        as("viewer").queryParam("nameContains", "%").get("/api/v1/clusters")
                .then().statusCode(200).body("total", equalTo(0));
        as("viewer").queryParam("nameContains", "x".repeat(64)).get("/api/v1/clusters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("nameContains"));
    }

    @Test
    void a_cluster_warns_while_its_size_is_not_above_min_available() {
        String cluster = createCluster(1);
        String host = unique("bts");
        as("admin").body(Map.of("name", host, "timeZone", "Europe/Paris", "cluster", cluster))
                .post("/api/v1/hosts").then().statusCode(201);
        String warning = "minAvailable 1 is not below the cluster's 1 host(s): none of its hosts can ever be taken down"
                + " for maintenance";
        as("viewer").get("/api/v1/clusters/{name}", cluster)
                .then().statusCode(200).body("hosts", contains(host), "warnings", contains(warning));
        assertThat(Api.<List<String>>listed("viewer", "/api/v1/clusters", "findAll { it.name == '" + cluster
                + "' }.warnings")).containsExactly(List.of(warning));
        as("admin").header("If-Match", "*").body(Map.of("minAvailable", 1)).put("/api/v1/clusters/{name}", cluster)
                .then().statusCode(200).body("warnings", contains(warning));
        String second = unique("bts");
        as("admin").body(Map.of("name", second, "timeZone", "UTC", "cluster", cluster))
                .post("/api/v1/hosts").then().statusCode(201);
        as("viewer").get("/api/v1/clusters/{name}", cluster)
                .then().statusCode(200).body("hosts", hasSize(2), "warnings", empty());
    }

    @Test
    void an_empty_cluster_that_asks_for_no_host_has_no_warning() {
        as("admin").body(Map.of("name", unique("c"), "minAvailable", 0)).post("/api/v1/clusters")
                .then().statusCode(201).body("warnings", empty());
    }

    @Test
    void a_duplicate_cluster_is_a_conflict() {
        String name = createCluster(1);
        as("admin").body(Map.of("name", name, "minAvailable", 1)).post("/api/v1/clusters")
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409), "detail", containsString(name));
    }

    @Test
    void invalid_names_and_values_are_listed_field_by_field() {
        as("admin").body(Map.of("name", "Bad_Name", "minAvailable", -1)).post("/api/v1/clusters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("minAvailable", "name"));
        as("admin").body(Map.of("name", "x".repeat(64), "minAvailable", 1)).post("/api/v1/clusters")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        as("admin").body(Map.of("name", "-leading", "minAvailable", 1)).post("/api/v1/clusters")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        as("admin").body(Map.of("name", unique("c"))).post("/api/v1/clusters")
                .then().statusCode(400).body("errors[0].field", equalTo("minAvailable"));
    }

    @Test
    void put_replaces_the_cluster_and_a_stale_if_match_is_refused() {
        String name = createCluster(1);
        as("admin").header("If-Match", "\"v0\"").body(Map.of("minAvailable", 2, "description", "new"))
                .put("/api/v1/clusters/{name}", name)
                .then().statusCode(200).header("ETag", equalTo("\"v1\"")).body("minAvailable", equalTo(2));
        as("admin").header("If-Match", "\"v0\"").body(Map.of("minAvailable", 3))
                .put("/api/v1/clusters/{name}", name)
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        as("viewer").get("/api/v1/clusters/{name}", name).then().body("minAvailable", equalTo(2));
    }

    @Test
    void put_without_if_match_is_refused_with_428_and_changes_nothing() {
        String name = createCluster(1);
        as("admin").body(Map.of("minAvailable", 0)).put("/api/v1/clusters/{name}", name)
                .then().statusCode(428).contentType("application/problem+json")
                .body("status", equalTo(428), "detail", containsString("If-Match"));
        as("viewer").get("/api/v1/clusters/{name}", name).then().header("ETag", equalTo("\"v0\""))
                .body("minAvailable", equalTo(1), "description", equalTo("MessageBox"));
    }

    @Test
    void patch_changes_only_the_fields_it_names() {
        String name = createCluster(1);
        patch(name, "\"v0\"", "{\"minAvailable\": 0}").then().statusCode(200).header("ETag", equalTo("\"v1\""))
                .body("minAvailable", equalTo(0), "description", equalTo("MessageBox"));
        patch(name, "\"v1\"", "{\"description\": null}").then().statusCode(200)
                .body("minAvailable", equalTo(0), "description", nullValue());
    }

    @Test
    void patch_needs_if_match_and_refuses_a_stale_one() {
        String name = createCluster(1);
        patch(name, null, "{\"minAvailable\": 0}").then().statusCode(428)
                .contentType("application/problem+json");
        patch(name, "\"v7\"", "{\"minAvailable\": 0}").then().statusCode(412);
        as("viewer").get("/api/v1/clusters/{name}", name).then().body("minAvailable", equalTo(1));
    }

    @Test
    void a_patched_cluster_is_validated_as_a_whole() {
        String name = createCluster(1);
        patch(name, "*", "{\"minAvailable\": null}").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("minAvailable"));
        patch(name, "*", "{\"minAvailable\": -1}").then().statusCode(400)
                .body("errors[0].field", equalTo("minAvailable"));
        patch(name, "*", "{\"minAvailable\": \"two\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("minAvailable"));
        patch(name, "*", "{\"colour\": \"red\"}").then().statusCode(400).body("errors[0].field", equalTo("colour"));
        patch(name, "*", "{\"name\": \"other\"}").then().statusCode(422)
                .body("detail", containsString("cannot be renamed"));
        patch(name, "*", "[1]").then().statusCode(400);
        patch("no-such-cluster", "*", "{}").then().statusCode(404);
        as("viewer").get("/api/v1/clusters/{name}", name).then().header("ETag", equalTo("\"v0\""));
    }

    @Test
    void patch_takes_only_a_merge_patch_and_only_from_admins() {
        String name = createCluster(1);
        as("admin").header("If-Match", "*").body(Map.of("minAvailable", 0)).patch("/api/v1/clusters/{name}", name)
                .then().statusCode(415).contentType("application/problem+json");
        Api.mergePatch("manager", "*", "{}", "/api/v1/clusters/{name}", name).then().statusCode(403);
    }

    static Response patch(String name, String ifMatch, String body) {
        return Api.mergePatch("admin", ifMatch, body, "/api/v1/clusters/{name}", name);
    }

    @Test
    void put_cannot_rename_a_cluster() {
        String name = createCluster(1);
        as("admin").header("If-Match", "*").body(Map.of("name", "other", "minAvailable", 1))
                .put("/api/v1/clusters/{name}", name)
                .then().statusCode(422).body("detail", containsString("cannot be renamed"));
    }

    @Test
    void deleting_a_cluster_with_hosts_is_a_conflict_and_an_empty_one_goes() {
        String cluster = createCluster(1);
        String host = unique("bts");
        as("admin").body(Map.of("name", host, "timeZone", "UTC", "cluster", cluster))
                .post("/api/v1/hosts").then().statusCode(201);
        as("admin").delete("/api/v1/clusters/{name}", cluster)
                .then().statusCode(409).body("detail", containsString("still has 1 host"));
        as("admin").delete("/api/v1/hosts/{name}", host).then().statusCode(204);
        as("admin").delete("/api/v1/clusters/{name}", cluster).then().statusCode(204);
        as("viewer").get("/api/v1/clusters/{name}", cluster)
                .then().statusCode(404).body("title", notNullValue());
    }

    @Test
    void only_admins_write_clusters() {
        as("viewer").body(Map.of("name", unique("c"), "minAvailable", 1)).post("/api/v1/clusters")
                .then().statusCode(403).contentType("application/problem+json");
        as("manager").body(Map.of("name", unique("c"), "minAvailable", 1)).post("/api/v1/clusters")
                .then().statusCode(403);
        as("ingest").get("/api/v1/clusters").then().statusCode(403);
    }
}
