package dev.lull.platform;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UnknownQueryParametersTest {

    @Test
    void an_unknown_query_parameter_is_a_400_naming_it_and_the_known_ones() {
        as("viewer").queryParam("pendingFor", "dba").queryParam("colour", "red").get("/api/v1/changes").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("colour", "pendingFor"),
                        "errors[0].message", containsString("known here: awaiting, cluster, from, host, page"),
                        "detail", containsString("pendingFor"));
    }

    @Test
    void a_second_value_of_a_single_valued_parameter_is_refused_and_a_repeatable_one_is_kept() {
        as("viewer").queryParam("host", "a").queryParam("host", "b").get("/api/v1/changes").then().statusCode(400)
                .body("errors.field", contains("host"), "errors[0].message", containsString("more than once"));
        as("viewer").queryParam("status", "ASSESS").queryParam("status", "AUTHORIZE").get("/api/v1/changes").then()
                .statusCode(200);
    }

    @Test
    void every_endpoint_refuses_them_even_those_without_parameters() {
        String host = Api.host("qp", null);
        as("viewer").queryParam("tag", "x").get("/api/v1/hosts").then().statusCode(200);
        as("viewer").queryParam("tags", "x").get("/api/v1/hosts").then().statusCode(400)
                .body("errors.field", contains("tags"));
        as("viewer").queryParam("verbose", "1").get("/api/v1/hosts/{name}", host).then().statusCode(400)
                .body("errors[0].message", containsString("known here: none"));
        as("gate").queryParam("token", "x").get("/api/v1/gates/hosts/{name}", host).then().statusCode(400)
                .body("errors.field", contains("token"));
        as("gate").get("/api/v1/gates/hosts/{name}", host).then().statusCode(423);
        as("viewer").queryParam("x", "1").get("/api/v1/me").then().statusCode(400);
    }

    @Test
    void a_calendar_feed_ignores_a_parameter_its_calendar_client_adds() {
        String host = Api.host("qp", null);
        String url = as("viewer").body(Map.of("scope", Map.of("host", host))).post("/api/v1/feeds").then()
                .statusCode(201).extract().path("url");
        given().queryParam("nocache", "1").get(url).then().statusCode(200);
    }
}
