package dev.lull.silence;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** The silencing API: admins set, read and remove targets; bad input names its field; anyone reads a change's. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SilencingResourceTest {
    static final String CLUSTER_PATH = "/api/v1/clusters/{name}/silencing";
    static final String HOST_PATH = "/api/v1/hosts/{name}/silencing";

    static Map<String, Object> body(Object urls, Object matchers) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "alertmanager");
        body.put("urls", urls);
        body.put("matchers", matchers);
        return body;
    }

    static Map<String, Object> instance(String value) {
        return Map.of("name", "instance", "value", value);
    }

    @Test
    void only_admins_read_set_or_remove_a_silencing_target() {
        String cluster = Api.cluster("sil", 0);
        given().get(CLUSTER_PATH, cluster).then().statusCode(401);
        for (String user : new String[]{"viewer", "requester", "manager", "ingest"}) {
            as(user).get(CLUSTER_PATH, cluster).then().statusCode(403);
            as(user).body(body(List.of("http://am:9093"), List.of(instance("{host}")))).put(CLUSTER_PATH, cluster)
                    .then().statusCode(403);
            as(user).delete(CLUSTER_PATH, cluster).then().statusCode(403);
        }
    }

    @Test
    void an_admin_sets_replaces_and_removes_the_target_of_a_cluster_and_of_a_host() {
        String cluster = Api.cluster("sil", 0);
        as("admin").get(CLUSTER_PATH, cluster).then().statusCode(404);
        Map<String, Object> body = body(List.of("http://am-0:9093/", "http://am-1:9093"),
                List.of(instance("{host}:9100"), Map.of("name", "job", "value", "node|windows", "isRegex", true)));
        as("admin").body(body).put(CLUSTER_PATH, cluster).then().statusCode(201)
                .body("urls", equalTo(List.of("http://am-0:9093", "http://am-1:9093")))
                .body("matchers[0].isRegex", equalTo(false)).body("matchers[1].isRegex", equalTo(true));
        as("admin").body(body).put(CLUSTER_PATH, cluster).then().statusCode(428);
        String etag = as("admin").get(CLUSTER_PATH, cluster).then().statusCode(200).extract().header("ETag");
        body.put("urls", List.of("https://am:9093"));
        as("admin").header("If-Match", "\"v9\"").body(body).put(CLUSTER_PATH, cluster).then().statusCode(412);
        as("admin").header("If-Match", etag).body(body).put(CLUSTER_PATH, cluster).then().statusCode(200)
                .body("urls", equalTo(List.of("https://am:9093")));
        etag = as("admin").get(CLUSTER_PATH, cluster).then().extract().header("ETag");
        as("admin").header("If-Match", etag).delete(CLUSTER_PATH, cluster).then().statusCode(204);
        as("admin").get(CLUSTER_PATH, cluster).then().statusCode(404);

        String host = Api.host("sil", null);
        as("admin").body(body(List.of("http://am:9093"), List.of(instance("db-1")))).put(HOST_PATH, host).then()
                .statusCode(201).body("scope", equalTo("host"), "matchers[0].value", equalTo("db-1"));
        as("admin").body(body).put(HOST_PATH, "no-such-host").then().statusCode(404);
        as("admin").body(body).put(CLUSTER_PATH, "no-such-cluster").then().statusCode(404);
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {"type|graphite|http://am:9093|{host}",
            "urls[0]|alertmanager|ftp://am:9093|{host}",
            "urls[0]|alertmanager|http://a m:9093|{host}", "matchers|alertmanager|http://am:9093|db-1"})
    void a_bad_field_is_refused_with_400_naming_it(String field, String type, String url, String value) {
        String cluster = Api.cluster("sil", 0);
        Map<String, Object> body = body(List.of(url), List.of(instance(value)));
        body.put("type", type);
        as("admin").body(body).put(CLUSTER_PATH, cluster).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    @Test
    void empty_lists_twice_named_alertmanagers_bad_label_names_and_unknown_fields_are_refused() {
        String host = Api.host("sil", null);
        as("admin").body(body(List.of(), List.of(instance("{host}")))).put(HOST_PATH, host).then().statusCode(400);
        as("admin").body(body(List.of("http://am:9093"), List.of())).put(HOST_PATH, host).then().statusCode(400);
        as("admin").body(body(List.of("http://am:9093", "http://am:9093/"), List.of(instance("{host}"))))
                .put(HOST_PATH, host).then().statusCode(400).body("errors[0].field", equalTo("urls"));
        as("admin").body(body(List.of("http://am:9093"), List.of(Map.of("name", "1bad", "value", "x"))))
                .put(HOST_PATH, host).then().statusCode(400);
        Map<String, Object> body = body(List.of("http://am:9093"), List.of(instance("{host}")));
        body.put("colour", "blue");
        as("admin").body(body).put(HOST_PATH, host).then().statusCode(400);
    }

    @Test
    void any_viewer_reads_the_silences_of_a_change_and_an_unknown_change_is_404() {
        given().get("/api/v1/changes/{id}/silences", 1).then().statusCode(401);
        as("viewer").get("/api/v1/changes/{id}/silences", Integer.MAX_VALUE).then().statusCode(404);
        Map<String, Object> change = new HashMap<>(Map.of("title", "Patch", "type", "NORMAL", "hosts",
                List.of(Api.host("sil", null)), "window", Map.of("start", Api.plusDays(Api.now(), 3).toString(),
                        "end", Api.plusDays(Api.now(), 3.1).toString()),
                "plan", List.of(Map.of("title", "patch", "role", Api.role("infra", "manager"), "duration", "PT1H")),
                "backoutPlan", "restore", "risk", "LOW"));
        int id = as("requester").body(change).post("/api/v1/changes").then().statusCode(201).extract().path("id");
        as("viewer").get("/api/v1/changes/{id}/silences", id).then().statusCode(200).body("items", hasSize(0));
    }
}
