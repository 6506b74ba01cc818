package dev.lull.inventory;

import static dev.lull.Api.as;
import static dev.lull.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
class HostResourceTest {

    static String createHost(Map<String, Object> extra) {
        String name = unique("bts");
        var body = new java.util.HashMap<String, Object>(Map.of("name", name, "timeZone", "Europe/Paris"));
        body.putAll(extra);
        as("admin").body(body).post("/api/v1/hosts").then().statusCode(201);
        return name;
    }

    @Test
    void an_admin_registers_a_host_with_all_its_settings() {
        String cluster = ClusterResourceTest.createCluster(1);
        String name = unique("bts");
        as("admin").body(Map.of("name", name, "timeZone", "Europe/Paris", "cluster", cluster, "role", "receiving",
                "capacityPerMinute", 1200.5, "tags", List.of("prod", "edge", "prod")))
                .post("/api/v1/hosts")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/hosts/" + name))
                .header("ETag", equalTo("\"v0\""))
                .body("name", equalTo(name), "timeZone", equalTo("Europe/Paris"), "cluster", equalTo(cluster),
                        "role", equalTo("receiving"), "capacityPerMinute", equalTo(1200.5f),
                        "tags", contains("prod", "edge"), "createdAt", endsWith("Z"));
        as("viewer").get("/api/v1/hosts/{name}", name).then().statusCode(200).body("cluster", equalTo(cluster));
    }

    @Test
    void hosts_are_listed_by_cluster_and_by_tag_in_pages() {
        String cluster = ClusterResourceTest.createCluster(1);
        String tag = unique("t");
        String first = createHost(Map.of("cluster", cluster, "tags", List.of(tag)));
        String second = createHost(Map.of("cluster", cluster));
        String elsewhere = createHost(Map.of("tags", List.of(tag)));
        as("viewer").queryParam("cluster", cluster).get("/api/v1/hosts")
                .then().statusCode(200).body("items.name", contains(first, second), "total", equalTo(2));
        as("viewer").queryParam("tag", tag).get("/api/v1/hosts")
                .then().statusCode(200).body("items.name", contains(first, elsewhere));
        as("viewer").queryParam("cluster", cluster).queryParam("size", 1).queryParam("page", 1).get("/api/v1/hosts")
                .then().statusCode(200).body("items.name", contains(second), "page", equalTo(1), "size", equalTo(1),
                        "total", equalTo(2));
    }

    @Test
    void hosts_are_found_by_part_of_their_name_ignoring_case_with_wildcards_taken_literally() {
        String first = createHost(Map.of());
        createHost(Map.of());
        as("viewer").queryParam("nameContains", first.substring(1).toUpperCase()).get("/api/v1/hosts")
                .then().statusCode(200).body("items.name", contains(first), "total", equalTo(1));
        as("viewer").queryParam("nameContains", "%").get("/api/v1/hosts")
                .then().statusCode(200).body("total", equalTo(0));
        as("viewer").queryParam("nameContains", "x".repeat(64)).get("/api/v1/hosts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void paging_parameters_are_bounded() {
        as("viewer").queryParam("size", 501).get("/api/v1/hosts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        as("viewer").queryParam("page", -1).get("/api/v1/hosts").then().statusCode(400);
        as("viewer").queryParam("size", "many").get("/api/v1/hosts").then().statusCode(400);
        as("viewer").queryParam("cluster", "Not Valid").get("/api/v1/hosts").then().statusCode(400);
    }

    @Test
    void bad_host_fields_are_reported_each_by_name() {
        as("admin").body(Map.of("name", unique("h"), "timeZone", "Mars/Olympus")).post("/api/v1/hosts")
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
        as("admin").body(Map.of("name", unique("h"), "timeZone", "+02:00")).post("/api/v1/hosts")
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
        as("admin").body(Map.of("name", unique("h"))).post("/api/v1/hosts")
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
        as("admin").body(Map.of("name", unique("h"), "timeZone", "UTC", "capacityPerMinute", 0)).post("/api/v1/hosts")
                .then().statusCode(400).body("errors[0].field", equalTo("capacityPerMinute"));
        as("admin").body(Map.of("name", unique("h"), "timeZone", "UTC", "tags", List.of("Bad Tag")))
                .post("/api/v1/hosts")
                .then().statusCode(400).body("errors[0].field", containsString("tags"));
        as("admin").body(Map.of("timeZone", "UTC")).post("/api/v1/hosts")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void an_unknown_cluster_is_unprocessable() {
        as("admin").body(Map.of("name", unique("h"), "timeZone", "UTC", "cluster", "nowhere"))
                .post("/api/v1/hosts")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("nowhere"));
    }

    @Test
    void a_duplicate_host_is_a_conflict() {
        String name = createHost(Map.of());
        as("admin").body(Map.of("name", name, "timeZone", "UTC")).post("/api/v1/hosts")
                .then().statusCode(409).body("detail", containsString(name));
    }

    @Test
    void put_moves_a_host_between_clusters_and_honours_if_match() {
        String cluster = ClusterResourceTest.createCluster(1);
        String name = createHost(Map.of());
        as("admin").header("If-Match", "\"v0\"")
                .body(Map.of("timeZone", "America/New_York", "cluster", cluster, "tags", List.of()))
                .put("/api/v1/hosts/{name}", name)
                .then().statusCode(200).header("ETag", equalTo("\"v1\""))
                .body("timeZone", equalTo("America/New_York"), "cluster", equalTo(cluster), "tags", empty());
        as("admin").header("If-Match", "\"v0\"").body(Map.of("timeZone", "UTC")).put("/api/v1/hosts/{name}", name)
                .then().statusCode(412);
        as("admin").header("If-Match", "*").body(Map.of("timeZone", "UTC")).put("/api/v1/hosts/{name}", name)
                .then().statusCode(200).body("cluster", equalTo(null));
    }

    @Test
    void put_without_if_match_is_refused_with_428_and_keeps_every_setting() {
        String cluster = ClusterResourceTest.createCluster(1);
        String name = createHost(Map.of("cluster", cluster, "role", "receiving", "capacityPerMinute", 900,
                "tags", List.of("prod")));
        as("admin").body(Map.of("timeZone", "UTC")).put("/api/v1/hosts/{name}", name)
                .then().statusCode(428).contentType("application/problem+json")
                .body("title", equalTo("Precondition required"), "detail", containsString("If-Match"));
        as("viewer").get("/api/v1/hosts/{name}", name).then().header("ETag", equalTo("\"v0\""))
                .body("timeZone", equalTo("Europe/Paris"), "cluster", equalTo(cluster), "role", equalTo("receiving"),
                        "capacityPerMinute", equalTo(900.0f), "tags", contains("prod"));
    }

    @Test
    void patch_changes_the_named_fields_and_keeps_the_others() {
        String cluster = ClusterResourceTest.createCluster(1);
        String name = createHost(Map.of("cluster", cluster, "role", "receiving", "capacityPerMinute", 900,
                "tags", List.of("prod", "edge")));
        patch(name, "\"v0\"", "{\"timeZone\": \"America/New_York\", \"tags\": [\"canary\"]}").then()
                .statusCode(200).header("ETag", equalTo("\"v1\""))
                .body("timeZone", equalTo("America/New_York"), "cluster", equalTo(cluster),
                        "role", equalTo("receiving"), "capacityPerMinute", equalTo(900.0f), "tags", contains("canary"));
        patch(name, "\"v1\"", "{\"cluster\": null, \"role\": null}").then().statusCode(200)
                .body("cluster", nullValue(), "role", nullValue(), "tags", contains("canary"));
    }

    @Test
    void patch_is_validated_as_a_put_and_needs_if_match() {
        String name = createHost(Map.of());
        patch(name, null, "{\"role\": \"db\"}").then().statusCode(428);
        patch(name, "\"v3\"", "{\"role\": \"db\"}").then().statusCode(412);
        patch(name, "*", "{\"timeZone\": \"Mars/Olympus\"}").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("timeZone"));
        patch(name, "*", "{\"timeZone\": null}").then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
        patch(name, "*", "{\"capacityPerMinute\": -5}").then().statusCode(400)
                .body("errors[0].field", equalTo("capacityPerMinute"));
        patch(name, "*", "{\"tags\": [\"Bad Tag\"]}").then().statusCode(400)
                .body("errors[0].field", equalTo("tags[0]"));
        patch(name, "*", "{\"cluster\": \"no-such-cluster\"}").then().statusCode(422)
                .body("detail", containsString("no-such-cluster"));
        patch(name, "*", "{\"name\": \"renamed\"}").then().statusCode(422);
        patch(name, "*", "not json").then().statusCode(400);
        patch("no-such-host", "*", "{}").then().statusCode(404);
        as("viewer").get("/api/v1/hosts/{name}", name).then().header("ETag", equalTo("\"v0\""))
                .body("role", nullValue());
    }

    @Test
    void patch_takes_only_a_merge_patch_and_only_from_admins() {
        String name = createHost(Map.of());
        as("admin").header("If-Match", "*").body(Map.of("role", "db")).patch("/api/v1/hosts/{name}", name)
                .then().statusCode(415).contentType("application/problem+json");
        Api.mergePatch("manager", "*", "{}", "/api/v1/hosts/{name}", name).then().statusCode(403);
        given().contentType("application/merge-patch+json").body("{}").patch("/api/v1/hosts/{name}", name).then()
                .statusCode(401);
    }

    static Response patch(String name, String ifMatch, String body) {
        return Api.mergePatch("admin", ifMatch, body, "/api/v1/hosts/{name}", name);
    }

    @Test
    void unknown_hosts_are_not_found() {
        as("viewer").get("/api/v1/hosts/{name}", "missing-host").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("missing-host"));
        as("admin").body(Map.of("timeZone", "UTC")).put("/api/v1/hosts/{name}", "missing-host").then().statusCode(404);
        as("admin").delete("/api/v1/hosts/{name}", "missing-host").then().statusCode(404);
    }

    @Test
    void deleting_a_host_removes_it_from_listings() {
        String name = createHost(Map.of());
        as("admin").header("If-Match", "\"v5\"").delete("/api/v1/hosts/{name}", name).then().statusCode(412);
        as("admin").delete("/api/v1/hosts/{name}", name).then().statusCode(204);
        as("viewer").queryParam("size", 500).get("/api/v1/hosts").then().body("items.name", not(hasItem(name)));
    }

    @Test
    void only_admins_write_hosts_and_readers_need_a_read_role() {
        as("requester").body(Map.of("name", unique("h"), "timeZone", "UTC")).post("/api/v1/hosts")
                .then().statusCode(403);
        as("ingest").get("/api/v1/hosts").then().statusCode(403);
        as("requester").get("/api/v1/hosts").then().statusCode(200);
        as("manager").get("/api/v1/hosts").then().statusCode(200);
    }
}
