package dev.lull.inventory;

import static dev.lull.Api.as;
import static dev.lull.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

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
                        "warnings[0]", containsString("minAvailable 3 exceeds the cluster's 0 hosts"));
        as("viewer").get("/api/v1/clusters/{name}", name)
                .then().statusCode(200).header("ETag", equalTo("\"v0\"")).body("name", equalTo(name));
        as("viewer").get("/api/v1/clusters").then().statusCode(200).body("name", hasItem(name));
    }

    @Test
    void a_cluster_lists_its_hosts_and_warns_only_when_min_available_exceeds_them() {
        String cluster = createCluster(1);
        String host = unique("bts");
        as("admin").body(Map.of("name", host, "timeZone", "Europe/Paris", "cluster", cluster))
                .post("/api/v1/hosts").then().statusCode(201);
        as("viewer").get("/api/v1/clusters/{name}", cluster)
                .then().statusCode(200).body("hosts", contains(host), "warnings", empty());
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
    void put_cannot_rename_a_cluster() {
        String name = createCluster(1);
        as("admin").body(Map.of("name", "other", "minAvailable", 1)).put("/api/v1/clusters/{name}", name)
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
