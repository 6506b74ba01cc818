package dev.lull.notify;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

/** Pause and resume a webhook, and send a failed delivery again, against a real receiver. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookPauseAndRedeliveryTest {
    static final String COMPLETED = NoticeType.CHANGE_COMPLETED.id();

    @Inject
    Event<Notice> notices;

    @Inject
    DeliveryWorker worker;

    @Inject
    Clock clock;

    void raise(int change) {
        QuarkusTransaction.requiringNew()
                .run(() -> notices.fire(new Notice(NoticeType.CHANGE_COMPLETED, Map.of("change", change))));
    }

    static JsonPath log(Receiver receiver) {
        return as("admin").get("/api/v1/webhooks/{id}/deliveries", receiver.webhookId())
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_paused_webhook_holds_its_pending_deliveries_records_no_new_ones_and_sends_them_after_resume()
            throws Exception {
        try (Receiver receiver = Receiver.subscribed(COMPLETED)) {
            int id = receiver.webhookId();
            raise(1);
            as("admin").post("/api/v1/webhooks/{id}/pause", id).then().statusCode(200).body("paused", equalTo(true));
            as("admin").post("/api/v1/webhooks/{id}/pause", id).then().statusCode(200).body("paused", equalTo(true));
            raise(2);
            worker.deliverDue(clock.instant());
            assertThat(receiver.received()).isEmpty();
            assertThat(log(receiver).getInt("total")).isEqualTo(1);
            assertThat(log(receiver).getString("items[0].status")).isEqualTo("PENDING");
            as("admin").get("/api/v1/webhooks").then().statusCode(200);
            as("admin").post("/api/v1/webhooks/{id}/resume", id).then().statusCode(200)
                    .body("paused", equalTo(false));
            worker.deliverDue(clock.instant());
            assertThat(receiver.received()).singleElement()
                    .satisfies(r -> assertThat(r.body()).contains("\"change\":1"));
            raise(3);
            worker.deliverDue(clock.instant());
            assertThat(receiver.received()).hasSize(2);
        }
    }

    @Test
    void a_failed_delivery_is_sent_again_once_as_the_same_event() throws Exception {
        try (Receiver receiver = Receiver.subscribed(COMPLETED)) {
            int id = receiver.webhookId();
            receiver.answer(503);
            raise(4);
            Instant created = Instant.parse(log(receiver).getString("items[0].createdAt"));
            worker.deliverDue(clock.instant());
            worker.deliverDue(created.plus(Duration.ofHours(24)).minusSeconds(10));
            int failed = log(receiver).getInt("items[0].id");
            assertThat(log(receiver).getString("items[0].status")).isEqualTo("FAILED");
            assertThat(log(receiver).getBoolean("items[0].redeliverable")).isTrue();
            receiver.answer(204);
            int again = as("admin").post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", id, failed).then()
                    .statusCode(200).body("status", equalTo("PENDING"), "attempts", equalTo(0),
                            "eventId", equalTo(log(receiver).getString("items[1].eventId")))
                    .extract().path("id");
            assertThat(log(receiver).getList("items.redeliverable")).containsExactly(false, false);
            as("admin").post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", id, failed).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("already being sent again as delivery " + again));
            worker.deliverDue(clock.instant());
            assertThat(receiver.received()).hasSize(3);
            assertThat(receiver.received().get(2).id()).isEqualTo(receiver.received().get(0).id());
            assertThat(receiver.received().get(2).signatureValid()).isTrue();
            as("admin").post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", id, failed).then().statusCode(409)
                    .body("detail", containsString("already delivered as delivery " + again));
            as("admin").post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", id, again).then().statusCode(409)
                    .body("detail", containsString("is DELIVERED; only a FAILED delivery is sent again"));
        }
    }

    @Test
    void redelivering_an_unknown_or_another_webhooks_delivery_is_404() throws Exception {
        try (Receiver receiver = Receiver.subscribed(COMPLETED)) {
            raise(5);
            int delivery = log(receiver).getInt("items[0].id");
            int other = WebhookResourceTest.create("https://hooks.example.com/other",
                    java.util.List.of("change.started"));
            as("admin").post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", other, delivery).then()
                    .statusCode(404).body("detail", containsString("has no delivery " + delivery));
            as("admin").post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", 999_999_999, delivery).then()
                    .statusCode(404);
            as("admin").post("/api/v1/webhooks/{id}/deliveries/abc/redeliver", other).then().statusCode(400);
            as("admin").post("/api/v1/webhooks/{id}/pause", 999_999_999).then().statusCode(404);
        }
    }
}
