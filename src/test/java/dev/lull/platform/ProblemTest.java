package dev.lull.platform;

import static dev.lull.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProblemTest {

    @Test
    void malformed_json_is_a_400_problem_without_internals() {
        as("admin").body("{\"name\": ").post("/api/v1/clusters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", startsWith("https://"), "title", equalTo("Invalid request"), "status", equalTo(400),
                        "detail", not(containsString("at [Source")), "detail", not(containsString("Exception")));
    }

    @Test
    void an_unknown_property_is_named() {
        as("admin").body("{\"name\":\"c-unknown\",\"minAvailable\":1,\"colour\":\"red\"}").post("/api/v1/clusters")
                .then().statusCode(400).body("errors[0].field", equalTo("colour"),
                        "errors[0].message", equalTo("unknown property"));
    }

    @Test
    void a_value_of_the_wrong_type_is_named() {
        as("admin").body("{\"name\":\"c-type\",\"minAvailable\":\"three\"}").post("/api/v1/clusters")
                .then().statusCode(400).body("errors[0].field", equalTo("minAvailable"));
        as("admin").body("{\"name\":\"c-type\",\"minAvailable\":2.5}").post("/api/v1/clusters")
                .then().statusCode(400).body("errors[0].field", equalTo("minAvailable"));
    }

    @Test
    void an_empty_body_is_refused() {
        as("admin").body("").post("/api/v1/clusters").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_wrong_content_type_is_415() {
        as("admin").contentType("text/plain").body("name=x").post("/api/v1/clusters")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        as("viewer").get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void an_unsupported_method_is_405() {
        as("admin").patch("/api/v1/clusters").then().statusCode(405).contentType("application/problem+json");
    }
}
