package dev.lull.loadsource;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** The load source API: admins set, read and remove the source of a cluster or host; bad input names its field. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LoadSourceResourceTest {
    static final String CLUSTER_PATH = "/api/v1/clusters/{name}/load-source";
    static final String HOST_PATH = "/api/v1/hosts/{name}/load-source";
    static final String QUERY = "sum(increase(biztalk_messages_total{instance=\"{host}\"}[5m]))";

    @Inject
    LoadPuller puller;

    static Map<String, Object> body(String url, String query) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "prometheus");
        body.put("url", url);
        body.put("query", query);
        return body;
    }

    static String refusedUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    @Test
    void only_admins_read_set_or_remove_a_load_source() {
        String cluster = Api.cluster("src", 0);
        given().get(CLUSTER_PATH, cluster).then().statusCode(401);
        for (String user : new String[]{"viewer", "requester", "manager", "ingest"}) {
            as(user).get(CLUSTER_PATH, cluster).then().statusCode(403);
            as(user).body(body("http://prometheus:9090", QUERY)).put(CLUSTER_PATH, cluster).then().statusCode(403);
            as(user).delete(CLUSTER_PATH, cluster).then().statusCode(403);
        }
    }

    @Test
    void an_admin_sets_replaces_and_removes_the_source_of_a_cluster_and_never_sees_its_secret_again() {
        String cluster = Api.cluster("src", 0);
        as("admin").get(CLUSTER_PATH, cluster).then().statusCode(404);
        Map<String, Object> body = body("https://prometheus.internal:9090/prom", QUERY);
        body.put("auth", Map.of("bearerToken", "s3cret-token"));
        as("admin").body(body).put(CLUSTER_PATH, cluster).then().statusCode(201)
                .body("scope", equalTo("cluster"), "name", equalTo(cluster), "type", equalTo("prometheus"),
                        "step", equalTo("PT5M"), "backfill", equalTo("P182D"), "auth", equalTo("bearer"),
                        "failing", equalTo(false))
                .body(not(containsString("s3cret-token")));

        body.put("step", "PT1M");
        body.put("backfill", "P30D");
        body.put("auth", Map.of("basic", Map.of("username", "lull", "password", "pw")));
        as("admin").body(body).put(CLUSTER_PATH, cluster).then().statusCode(428);
        as("admin").header("If-Match", "\"v7\"").body(body).put(CLUSTER_PATH, cluster).then().statusCode(412);
        String etag = as("admin").get(CLUSTER_PATH, cluster).then().statusCode(200).extract().header("ETag");
        as("admin").header("If-Match", etag).body(body).put(CLUSTER_PATH, cluster).then().statusCode(200)
                .body("step", equalTo("PT1M"), "backfill", equalTo("P30D"), "auth", equalTo("basic"))
                .body(not(containsString("\"pw\"")));

        etag = as("admin").get(CLUSTER_PATH, cluster).then().extract().header("ETag");
        as("admin").header("If-Match", etag).delete(CLUSTER_PATH, cluster).then().statusCode(204);
        as("admin").get(CLUSTER_PATH, cluster).then().statusCode(404);
        as("admin").body(body).put(CLUSTER_PATH, "no-such-cluster").then().statusCode(404);
        as("admin").body(body).put(HOST_PATH, "no-such-host").then().statusCode(404);
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {"type|graphite", "url|ftp://prometheus:9090", "url|http://bad host:9090",
            "url|prometheus:9090", "url|http://user:pw@prometheus:9090", "query|up",
            "step|PT5S", "step|PT2H", "step|five minutes", "step|PT1.5S", "backfill|P1Y", "backfill|P731D",
            "backfill|PT12H"})
    void a_bad_field_is_refused_with_400_naming_it(String field, String value) {
        String cluster = Api.cluster("src", 0);
        Map<String, Object> body = body("http://prometheus:9090", QUERY);
        body.put(field, value);
        as("admin").body(body).put(CLUSTER_PATH, cluster).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    @Test
    void auth_must_be_one_kind_and_unknown_or_missing_fields_are_refused() {
        String host = Api.host("src", null);
        Map<String, Object> body = body("http://prometheus:9090", "up");
        as("admin").body(body).put(HOST_PATH, host).then().statusCode(201).body("query", equalTo("up"));
        body.put("auth", Map.of("bearerToken", "t", "basic", Map.of("username", "u", "password", "p")));
        as("admin").body(body).put(HOST_PATH, "no-such-host").then().statusCode(404);
        String other = Api.host("src", null);
        as("admin").body(body).put(HOST_PATH, other).then().statusCode(400).body("errors[0].field", equalTo("auth"));
        body.remove("auth");
        body.put("colour", "blue");
        as("admin").body(body).put(HOST_PATH, other).then().statusCode(400);
        body.remove("colour");
        body.remove("url");
        as("admin").body(body).put(HOST_PATH, other).then().statusCode(400).body("errors[0].field",
                containsString("url"));
    }

    @Test
    void a_host_source_wins_over_its_cluster_source_and_an_unreachable_prometheus_shows_in_the_status()
            throws IOException {
        String cluster = Api.cluster("src", 0);
        String own = Api.host("src", cluster);
        String inherits = Api.host("src", cluster);
        String url = refusedUrl();
        as("admin").body(body(url, QUERY)).put(CLUSTER_PATH, cluster).then().statusCode(201);
        as("admin").body(body(url, QUERY)).put(HOST_PATH, own).then().statusCode(201);

        puller.pullDue(Api.now());

        as("admin").get(CLUSTER_PATH, cluster).then().statusCode(200).body("hosts.host", contains(inherits))
                .body("hosts[0].lastError", containsString("connection refused"))
                .body("hosts[0].pulledUntil", equalTo(null)).body("hosts[0].points", equalTo(0));
        as("admin").get(HOST_PATH, own).then().statusCode(200).body("hosts.host", contains(own))
                .body("hosts[0].lastError", containsString("connection refused"));
        for (String path : new String[]{CLUSTER_PATH, HOST_PATH}) {
            String name = path.equals(CLUSTER_PATH) ? cluster : own;
            String etag = as("admin").get(path, name).then().extract().header("ETag");
            as("admin").header("If-Match", etag).delete(path, name).then().statusCode(204);
        }
    }
}
