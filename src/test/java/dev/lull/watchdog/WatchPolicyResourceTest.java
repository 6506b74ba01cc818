package dev.lull.watchdog;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

/** The watch policy of a cluster: anyone reads it, admins set it, a bad field is a 400 naming it. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WatchPolicyResourceTest {
    static final String PATH = "/api/v1/clusters/{name}/watch-policy";

    @Test
    void a_cluster_without_its_own_policy_reads_the_defaults_and_an_admin_sets_one() {
        String cluster = Api.cluster("wp", 0);
        as("viewer").get(PATH, cluster).then().statusCode(200).body("own", equalTo(false),
                "onAlarm", equalTo("pause"), "onUnknown", equalTo("notify"), "factor", equalTo(2.0f),
                "floor", equalTo(60.0f), "span", equalTo("PT10M"), "calm", equalTo("PT15M"),
                "staleAfter", equalTo("PT15M"));
        Map<String, Object> body = Map.of("onAlarm", "notify", "onUnknown", "pause", "factor", 3, "floor", 100,
                "span", "PT15M", "calm", "PT30M", "staleAfter", "PT20M");
        as("admin").body(body).put(PATH, cluster).then().statusCode(200).body("own", equalTo(true),
                "onAlarm", equalTo("notify"), "factor", equalTo(3.0f), "span", equalTo("PT15M"));
        as("viewer").get(PATH, cluster).then().statusCode(200).body("onUnknown", equalTo("pause"),
                "calm", equalTo("PT30M"), "staleAfter", equalTo("PT20M"), "floor", equalTo(100.0f));
        as("admin").body(Map.of()).put(PATH, cluster).then().statusCode(200).body("onAlarm", equalTo("pause"));
    }

    @Test
    void only_admins_set_a_policy_anyone_signed_in_reads_it_and_an_unknown_cluster_is_404() {
        String cluster = Api.cluster("wp", 0);
        given().get(PATH, cluster).then().statusCode(401);
        for (String user : new String[]{"viewer", "requester", "manager", "ingest", "gate"}) {
            as(user).body(Map.of("factor", 3)).put(PATH, cluster).then().statusCode(403);
        }
        as("gate").get(PATH, cluster).then().statusCode(403);
        as("admin").get(PATH, "no-such-cluster").then().statusCode(404);
        as("admin").body(Map.of("factor", 3)).put(PATH, "no-such-cluster").then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}: {1} is refused")
    @CsvSource(delimiter = '|', value = {"factor|0.5", "factor|21", "floor|-1", "span|PT1M", "span|PT3H",
            "calm|PT7H", "staleAfter|PT90S", "staleAfter|P2D", "onAlarm|stop", "onUnknown|PAUSED", "span|ten"})
    void a_bad_field_is_refused_with_400_naming_it(String field, String value) {
        Map<String, Object> body = new HashMap<>();
        body.put(field, value.matches("-?[0-9.]+") ? Double.valueOf(value) : value);
        as("admin").body(body).put(PATH, Api.cluster("wp", 0)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    @Test
    void unknown_fields_and_a_missing_body_are_refused() {
        String cluster = Api.cluster("wp", 0);
        as("admin").body(Map.of("colour", "blue")).put(PATH, cluster).then().statusCode(400);
        as("admin").put(PATH, cluster).then().statusCode(400);
    }
}
