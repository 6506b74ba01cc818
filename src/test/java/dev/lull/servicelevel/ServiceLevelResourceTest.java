package dev.lull.servicelevel;

import static dev.lull.Api.as;
import static dev.lull.servicelevel.ServiceLevelFixtures.cluster;
import static dev.lull.servicelevel.ServiceLevelFixtures.host;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServiceLevelResourceTest {

    private static Map<String, Object> level(Object target, Object period) {
        Map<String, Object> body = new HashMap<>();
        body.put("availabilityTarget", target);
        if (period != null) {
            body.put("periodLength", period);
        }
        return body;
    }

    @Test
    void an_admin_sets_a_cluster_service_level_and_anyone_reads_it() {
        String cluster = cluster(1);
        as("admin").body(level(0.999, "P30D")).put("/api/v1/clusters/{name}/sla", cluster).then().statusCode(201)
                .header("ETag", notNullValue()).body("scope", equalTo("CLUSTER"), "name", equalTo(cluster),
                        "availabilityTarget", equalTo(0.999f), "periodLength", equalTo("P30D"));
        as("viewer").get("/api/v1/clusters/{name}/sla", cluster).then().statusCode(200)
                .body("availabilityTarget", equalTo(0.999f), "periodLength", equalTo("P30D"));
        as("viewer").get("/api/v1/clusters/{name}", cluster).then().statusCode(200).body("name", equalTo(cluster));
    }

    @Test
    void replacing_a_service_level_answers_200_and_honours_if_match() {
        String host = host(null);
        String etag = as("admin").body(level(0.99, "P4W")).put("/api/v1/hosts/{name}/sla", host).then()
                .statusCode(201).body("periodLength", equalTo("P28D")).extract().header("ETag");
        as("admin").header("If-Match", "\"v999\"").body(level(0.995, "P7D")).put("/api/v1/hosts/{name}/sla", host)
                .then().statusCode(412);
        as("admin").header("If-Match", etag).body(level(0.995, "P7D")).put("/api/v1/hosts/{name}/sla", host)
                .then().statusCode(200).body("availabilityTarget", equalTo(0.995f), "periodLength", equalTo("P7D"));
    }

    @Test
    void replacing_a_service_level_without_if_match_is_refused_with_428() {
        String cluster = cluster(1);
        as("admin").body(level(0.99, "P30D")).put("/api/v1/clusters/{name}/sla", cluster).then().statusCode(201);
        as("admin").body(level(0.5, "P30D")).put("/api/v1/clusters/{name}/sla", cluster).then().statusCode(428)
                .contentType("application/problem+json");
        as("viewer").get("/api/v1/clusters/{name}/sla", cluster).then().body("availabilityTarget", equalTo(0.99f));
    }

    @Test
    void a_merge_patch_changes_the_period_or_the_target_of_a_host_or_a_cluster() {
        String host = host(null);
        as("admin").body(level(0.99, "P7D")).put("/api/v1/hosts/{name}/sla", host).then().statusCode(201);
        Api.mergePatch("admin", "\"v0\"", "{\"periodLength\": \"P14D\"}", "/api/v1/hosts/{name}/sla", host).then()
                .statusCode(200).header("ETag", equalTo("\"v1\""))
                .body("availabilityTarget", equalTo(0.99f), "periodLength", equalTo("P14D"));
        String cluster = cluster(1);
        as("admin").body(level(0.99, "P7D")).put("/api/v1/clusters/{name}/sla", cluster).then().statusCode(201);
        Api.mergePatch("admin", "*", "{\"availabilityTarget\": 0.95}", "/api/v1/clusters/{name}/sla", cluster)
                .then().statusCode(200).body("availabilityTarget", equalTo(0.95f), "periodLength", equalTo("P7D"));
    }

    @Test
    void a_merge_patch_of_a_service_level_is_checked_like_a_put() {
        String host = host(null);
        String path = "/api/v1/hosts/{name}/sla";
        Api.mergePatch("admin", "*", "{\"periodLength\": \"P14D\"}", path, host).then().statusCode(404);
        as("admin").body(level(0.99, "P7D")).put(path, host).then().statusCode(201);
        Api.mergePatch("admin", "*", "{\"availabilityTarget\": 1.5}", path, host).then().statusCode(400)
                .body("errors[0].field", equalTo("availabilityTarget"));
        Api.mergePatch("admin", "*", "{\"availabilityTarget\": null}", path, host).then().statusCode(400)
                .body("errors[0].field", equalTo("availabilityTarget"));
        Api.mergePatch("admin", "*", "{\"periodLength\": \"P400D\"}", path, host).then().statusCode(400)
                .body("errors[0].field", equalTo("periodLength"));
        Api.mergePatch("admin", null, "{\"periodLength\": \"P14D\"}", path, host).then().statusCode(428);
        Api.mergePatch("admin", "\"v9\"", "{\"periodLength\": \"P14D\"}", path, host).then().statusCode(412);
        Api.mergePatch("manager", "*", "{\"periodLength\": \"P14D\"}", path, host).then().statusCode(403);
        as("admin").header("If-Match", "*").body(level(0.9, "P1D")).patch(path, host).then().statusCode(415);
        as("viewer").get(path, host).then().header("ETag", equalTo("\"v0\"")).body("periodLength", equalTo("P7D"));
    }

    @Test
    void the_period_defaults_to_thirty_days() {
        String host = host(null);
        as("admin").body(level(0.9, null)).put("/api/v1/hosts/{name}/sla", host).then().statusCode(201)
                .body("periodLength", equalTo("P30D"));
    }

    @Test
    void a_service_level_can_be_removed() {
        String host = host(null);
        as("admin").body(level(0.9, "P1D")).put("/api/v1/hosts/{name}/sla", host).then().statusCode(201);
        as("admin").delete("/api/v1/hosts/{name}/sla", host).then().statusCode(204);
        as("viewer").get("/api/v1/hosts/{name}/sla", host).then().statusCode(404);
    }

    @Test
    void targets_outside_zero_to_one_are_refused_naming_the_field() {
        String host = host(null);
        for (Object target : new Object[]{0, 1, 1.5, -0.1, null}) {
            as("admin").body(level(target, "P30D")).put("/api/v1/hosts/{name}/sla", host).then().statusCode(400)
                    .body("errors.field", contains("availabilityTarget"));
        }
        as("admin").body(level("0.9", "P30D")).put("/api/v1/hosts/{name}/sla", host).then().statusCode(400)
                .body("errors.field", contains("availabilityTarget"));
    }

    @Test
    void periods_that_are_not_1_to_366_whole_days_are_refused_naming_the_field() {
        String cluster = cluster(0);
        for (String period : new String[]{"P0D", "P367D", "P1M", "P1Y", "PT24H", "thirty days", "P-3D"}) {
            as("admin").body(level(0.99, period)).put("/api/v1/clusters/{name}/sla", cluster).then()
                    .statusCode(400).body("errors.field", contains("periodLength"));
        }
        as("admin").body(level(0.99, "P366D")).put("/api/v1/clusters/{name}/sla", cluster).then().statusCode(201);
    }

    @Test
    void unknown_fields_are_refused() {
        as("admin").body(Map.of("availabilityTarget", 0.9, "window", "P1D"))
                .put("/api/v1/hosts/{name}/sla", host(null)).then().statusCode(400)
                .body("errors.field", contains("window"));
    }

    @Test
    void unknown_clusters_and_hosts_and_missing_service_levels_are_404() {
        as("admin").body(level(0.9, "P1D")).put("/api/v1/clusters/{name}/sla", "no-such-cluster").then()
                .statusCode(404);
        as("admin").body(level(0.9, "P1D")).put("/api/v1/hosts/{name}/sla", "no-such-host").then().statusCode(404);
        as("viewer").get("/api/v1/hosts/{name}/sla", "no-such-host").then().statusCode(404);
        as("viewer").get("/api/v1/clusters/{name}/sla", cluster(1)).then().statusCode(404)
                .contentType("application/problem+json");
        as("admin").delete("/api/v1/hosts/{name}/sla", host(null)).then().statusCode(404);
    }

    @Test
    void only_admins_set_service_levels_and_only_authenticated_callers_read_them() {
        String host = host(null);
        as("manager").body(level(0.9, "P1D")).put("/api/v1/hosts/{name}/sla", host).then().statusCode(403);
        as("viewer").body(level(0.9, "P1D")).put("/api/v1/hosts/{name}/sla", host).then().statusCode(403);
        as("viewer").delete("/api/v1/hosts/{name}/sla", host).then().statusCode(403);
        given().get("/api/v1/hosts/{name}/sla", host).then().statusCode(401);
        given().get("/api/v1/hosts/{name}/availability", host).then().statusCode(401);
        given().get("/api/v1/clusters/{name}/capacity", "x").then().statusCode(401);
    }
}
