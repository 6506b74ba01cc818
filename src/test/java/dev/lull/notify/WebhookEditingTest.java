package dev.lull.notify;

import static dev.lull.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

/** PUT /webhooks/{id} and POST /webhooks/{id}/secret: admins edit a webhook and rotate its secret. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookEditingTest {
    static final String OTHER_SECRET = "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    @Inject
    Event<Notice> notices;

    @Inject
    DeliveryWorker worker;

    @Inject
    Clock clock;

    void raise() {
        QuarkusTransaction.requiringNew()
                .run(() -> notices.fire(new Notice(NoticeType.CHANGE_COMPLETED, Map.of("change", 7))));
    }

    @Test
    void an_admin_edits_the_url_and_events_with_if_match_and_the_secret_stays() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            int id = WebhookResourceTest.create("https://hooks.example.com/before", List.of("change.started"));
            String etag = as("admin").get("/api/v1/webhooks/{id}", id).then().statusCode(200)
                    .body("paused", equalTo(false)).extract().header("ETag");
            as("admin").header("If-Match", etag)
                    .body(Map.of("url", receiver.url(), "events", List.of("change.completed", "change.completed")))
                    .put("/api/v1/webhooks/{id}", id).then().statusCode(200)
                    .body("url", equalTo(receiver.url()), "events", contains("change.completed"),
                            "secret", nullValue())
                    .header("ETag", org.hamcrest.Matchers.not(equalTo(etag)));
            as("admin").header("If-Match", etag).body(Map.of("url", receiver.url(), "events",
                    List.of("change.started"))).put("/api/v1/webhooks/{id}", id).then().statusCode(412)
                    .contentType("application/problem+json");
            as("admin").get("/api/v1/webhooks/{id}", id).then().body("events", contains("change.completed"));
            as("admin").delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
        }
    }

    @Test
    void a_new_secret_given_on_edit_or_a_rotated_one_signs_what_follows() throws Exception {
        try (Receiver receiver = Receiver.subscribed(NoticeType.CHANGE_COMPLETED.id())) {
            int id = receiver.webhookId();
            as("admin").header("If-Match", "*").body(Map.of("url", receiver.url(), "events",
                    List.of("change.completed"), "secret", OTHER_SECRET)).put("/api/v1/webhooks/{id}", id)
                    .then().statusCode(200).body("secret", nullValue());
            receiver.trust(OTHER_SECRET);
            raise();
            worker.deliverDue(clock.instant());
            String rotated = as("admin").post("/api/v1/webhooks/{id}/secret", id).then().statusCode(200)
                    .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="), "id", equalTo(id))
                    .extract().path("secret");
            as("admin").get("/api/v1/webhooks/{id}", id).then().body("secret", nullValue());
            receiver.trust(rotated);
            raise();
            worker.deliverDue(clock.instant());
            assertThat(receiver.received()).hasSize(2).allMatch(Receiver.Received::signatureValid);
        }
    }

    @Test
    void an_edit_without_if_match_or_with_bad_fields_is_refused_field_by_field() {
        int id = WebhookResourceTest.create("https://hooks.example.com/strict", List.of("change.started"));
        as("admin").body(Map.of("url", "https://hooks.example.com/x", "events", List.of("change.started")))
                .put("/api/v1/webhooks/{id}", id).then().statusCode(428).contentType("application/problem+json");
        as("admin").header("If-Match", "*").body(Map.of("url", "ftp://example.com/x", "events",
                List.of("change.started", "change.exploded"), "secret", "nope")).put("/api/v1/webhooks/{id}", id)
                .then().statusCode(400).body("errors.field", contains("url", "events[1]", "secret"));
        as("admin").header("If-Match", "*").body(Map.of("url", "https://example.com", "events", List.of()))
                .put("/api/v1/webhooks/{id}", id).then().statusCode(400).body("errors.field", contains("events"));
        as("admin").header("If-Match", "*").body(Map.of("events", List.of("change.started"), "extra", 1))
                .put("/api/v1/webhooks/{id}", id).then().statusCode(400);
        as("admin").header("If-Match", "*").body(Map.of("url", "https://example.com", "events",
                List.of("change.started"))).put("/api/v1/webhooks/{id}", 999_999_999).then().statusCode(404);
        as("admin").post("/api/v1/webhooks/{id}/secret", 999_999_999).then().statusCode(404);
        as("admin").post("/api/v1/webhooks/abc/secret").then().statusCode(400);
        as("admin").get("/api/v1/webhooks/{id}", id).then().body("url", equalTo("https://hooks.example.com/strict"));
    }

    @Test
    void only_admins_edit_rotate_pause_resume_and_redeliver() {
        int id = WebhookResourceTest.create("https://hooks.example.com/guarded", List.of("change.started"));
        for (String user : List.of("viewer", "requester", "manager")) {
            as(user).header("If-Match", "*").body(Map.of("url", "https://hooks.example.com/forged", "events",
                    List.of("change.started"))).put("/api/v1/webhooks/{id}", id).then().statusCode(403)
                    .contentType("application/problem+json");
            as(user).post("/api/v1/webhooks/{id}/secret", id).then().statusCode(403);
            as(user).post("/api/v1/webhooks/{id}/pause", id).then().statusCode(403);
            as(user).post("/api/v1/webhooks/{id}/resume", id).then().statusCode(403);
            as(user).post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", id, 1).then().statusCode(403);
        }
        given().contentType("application/json").post("/api/v1/webhooks/{id}/pause", id).then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        as("admin").get("/api/v1/webhooks/{id}", id).then()
                .body("url", equalTo("https://hooks.example.com/guarded"), "paused", equalTo(false));
    }
}
