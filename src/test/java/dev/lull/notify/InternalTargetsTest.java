package dev.lull.notify;

import static dev.lull.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With the production default, a webhook cannot be aimed at an internal address. */
@QuarkusTest
@TestProfile(InternalTargetsTest.ProductionDefault.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InternalTargetsTest {

    /** Internal targets refused, as in production. */
    public static class ProductionDefault implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lull.notify.allow-internal-targets", "false");
        }
    }

    @Test
    void a_webhook_to_cloud_metadata_or_loopback_is_refused_with_the_reason() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data", "http://127.0.0.1:8080/q/health",
                "http://localhost/hook", "http://[::1]/hook", "http://192.0.2.2/hook", "http://198.18.0.1/hook",
                "http://240.0.0.1/hook", "http://[::127.0.0.1]/hook", "http://[64:ff9b::7f00:1]/hook")) {
            as("admin").body(Map.of("url", url, "events", List.of("change.submitted"))).post("/api/v1/webhooks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"), "errors[0].message", containsString("internal address"));
        }
    }

    @Test
    void a_webhook_to_a_public_name_is_accepted() {
        as("admin").body(Map.of("url", "https://hooks.example.com/lull", "events", List.of("change.submitted")))
                .post("/api/v1/webhooks").then().statusCode(201);
    }

    @Test
    void a_webhook_cannot_be_edited_to_aim_at_an_internal_address() {
        int id = as("admin").body(Map.of("url", "https://hooks.example.com/edit", "events",
                List.of("change.submitted"))).post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        as("admin").header("If-Match", "*").body(Map.of("url", "http://169.254.169.254/latest/meta-data", "events",
                List.of("change.submitted"))).put("/api/v1/webhooks/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("url"), "errors[0].message", containsString("internal address"));
        as("admin").get("/api/v1/webhooks/{id}", id).then().body("url", equalTo("https://hooks.example.com/edit"));
    }
}
