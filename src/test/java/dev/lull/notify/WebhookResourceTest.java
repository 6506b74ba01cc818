package dev.lull.notify;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookResourceTest {
    static final String SECRET = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    static int create(String url, List<String> events) {
        return as("admin").body(Map.of("url", url, "events", events)).post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void webhooks_are_listed_in_pages() {
        create("https://hooks.example.com/a", List.of("change.started"));
        create("https://hooks.example.com/b", List.of("change.started"));
        as("admin").queryParam("page", 1).queryParam("size", 1).get("/api/v1/webhooks").then().statusCode(200)
                .body("items", hasSize(1), "page", equalTo(1), "size", equalTo(1), "total", greaterThan(1));
        as("admin").queryParam("size", 501).get("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void an_admin_registers_a_webhook_and_sees_its_generated_secret_only_once() {
        var created = as("admin")
                .body(Map.of("url", "https://hooks.example.com/lull", "events",
                        List.of("change.submitted", "load.threshold-exceeded")))
                .post("/api/v1/webhooks")
                .then().statusCode(201)
                .body("url", equalTo("https://hooks.example.com/lull"),
                        "events", contains("change.submitted", "load.threshold-exceeded"),
                        "secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="), "createdAt", endsWith("Z"))
                .extract();
        int id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/webhooks/" + id);
        as("admin").get("/api/v1/webhooks/{id}", id)
                .then().statusCode(200).body("id", equalTo(id), "secret", nullValue());
        assertThat(Api.<Integer>listed("admin", "/api/v1/webhooks", "id")).contains(id);
        assertThat(Api.<String>listed("admin", "/api/v1/webhooks", "secret")).allMatch(secret -> secret == null);
    }

    @Test
    void a_secret_given_in_standard_webhooks_form_is_kept() {
        as("admin").body(Map.of("url", "http://127.0.0.1:9/x", "events", List.of("change.submitted"), "secret", SECRET))
                .post("/api/v1/webhooks")
                .then().statusCode(201).body("secret", equalTo(SECRET));
    }

    @Test
    void a_deleted_webhook_is_gone_with_its_deliveries() {
        int id = create("https://hooks.example.com/gone", List.of("change.canceled"));
        as("admin").delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
        as("admin").get("/api/v1/webhooks/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        as("admin").get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(404);
        as("admin").delete("/api/v1/webhooks/{id}", id).then().statusCode(404);
    }

    @Test
    void bad_urls_unknown_event_types_and_malformed_secrets_are_named_field_by_field() {
        as("admin").body(Map.of("url", "ftp://example.com/x", "events", List.of("change.started", "change.exploded"),
                "secret", "not-a-secret"))
                .post("/api/v1/webhooks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("url", "events[1]", "secret"),
                        "errors[1].message", containsString("unknown event type 'change.exploded'"));
        as("admin").body(Map.of("url", "not a url", "events", List.of("change.started")))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", contains("url"));
        as("admin").body(Map.of("url", "https://example.com", "events", List.of()))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", contains("events"));
        as("admin").body(Map.of("events", List.of("change.started")))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", contains("url"));
        as("admin").body(Map.of("url", "https://example.com", "events", List.of("change.started"),
                "secret", "whsec_c2hvcnQ=")).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors.field", contains("secret"));
        as("admin").body(Map.of("url", "https://example.com", "events", List.of("change.started"), "extra", 1))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", contains("extra"));
    }

    @Test
    void unknown_webhooks_are_404_and_malformed_ids_400() {
        as("admin").get("/api/v1/webhooks/{id}", 999_999_999).then().statusCode(404);
        as("admin").get("/api/v1/webhooks/abc").then().statusCode(400);
        int id = create("https://hooks.example.com/status", List.of("change.started"));
        as("admin").queryParam("status", "LOST").get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(400);
        as("admin").queryParam("size", 501).get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(400);
    }

    @Test
    void only_admins_manage_webhooks() {
        int id = create("https://hooks.example.com/admin-only", List.of("change.started"));
        as("viewer").get("/api/v1/webhooks").then().statusCode(403).contentType("application/problem+json");
        as("manager").get("/api/v1/webhooks/{id}", id).then().statusCode(403);
        as("requester").body(Map.of("url", "https://example.com", "events", List.of("change.started")))
                .post("/api/v1/webhooks").then().statusCode(403);
        as("viewer").delete("/api/v1/webhooks/{id}", id).then().statusCode(403);
        as("viewer").get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(403);
    }

    @Test
    void anonymous_callers_are_challenged() {
        given().get("/api/v1/webhooks").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        given().auth().preemptive().basic("admin", "wrong").get("/api/v1/webhooks").then().statusCode(401);
    }
}
