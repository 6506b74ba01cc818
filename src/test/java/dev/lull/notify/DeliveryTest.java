package dev.lull.notify;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeliveryTest {
    static final String COMPLETED = NoticeType.CHANGE_COMPLETED.id();

    @Inject
    Event<Notice> notices;

    @Inject
    DeliveryWorker worker;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    static JsonPath deliveries(Receiver receiver) {
        return as("admin").get("/api/v1/webhooks/{id}/deliveries", receiver.webhookId())
                .then().statusCode(200).extract().jsonPath();
    }

    void raise(Map<String, Object> data) {
        QuarkusTransaction.requiringNew().run(() -> notices.fire(new Notice(NoticeType.CHANGE_COMPLETED, data)));
    }

    @Test
    void a_receiver_gets_the_event_once_signed_the_standard_webhooks_way() throws Exception {
        try (Receiver receiver = Receiver.subscribed(COMPLETED)) {
            raise(Map.of("change", 42, "title", "Kernel update"));
            Instant now = clock.instant();
            worker.deliverDue(now);

            assertThat(receiver.received()).singleElement().satisfies(received -> {
                assertThat(received.signatureValid()).isTrue();
                assertThat(received.id()).matches("msg_[0-9a-f]{32}");
                assertThat(received.timestamp()).isEqualTo(now.getEpochSecond());
                Map<?, ?> body = mapper.readValue(received.body(), Map.class);
                assertThat(body.get("type")).isEqualTo(COMPLETED);
                assertThat(Instant.parse((String) body.get("timestamp"))).isBeforeOrEqualTo(now);
                assertThat(body.get("data")).isEqualTo(Map.of("change", 42, "title", "Kernel update"));
            });
            JsonPath log = deliveries(receiver);
            assertThat(log.getString("items[0].status")).isEqualTo("DELIVERED");
            assertThat(log.getInt("items[0].attempts")).isEqualTo(1);
            assertThat(log.getInt("items[0].lastStatusCode")).isEqualTo(204);
            assertThat(log.getString("items[0].deliveredAt")).isNotNull();
            assertThat(log.getString("items[0].type")).isEqualTo(COMPLETED);
        }
    }

    @Test
    void a_delivered_event_is_never_sent_again() throws Exception {
        try (Receiver receiver = Receiver.subscribed(COMPLETED)) {
            raise(Map.of("change", 1));
            Instant now = clock.instant();
            worker.deliverDue(now);
            worker.deliverDue(now.plus(Duration.ofHours(1)));
            worker.deliverDue(now.plus(Duration.ofDays(3)));
            assertThat(receiver.received()).hasSize(1);
            assertThat(deliveries(receiver).getInt("total")).isEqualTo(1);
        }
    }

    @Test
    void a_failing_receiver_gets_retries_with_growing_backoff_until_it_answers() throws Exception {
        try (Receiver receiver = Receiver.subscribed(COMPLETED)) {
            receiver.answer(500);
            raise(Map.of("change", 2));
            Instant attempt = clock.instant();
            List<Duration> gaps = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                worker.deliverDue(attempt);
                Instant next = Instant.parse(deliveries(receiver).getString("items[0].nextAttemptAt"));
                gaps.add(Duration.between(attempt, next));
                worker.deliverDue(next.minusSeconds(1));
                attempt = next;
            }
            assertThat(receiver.received()).hasSize(4).allMatch(Receiver.Received::signatureValid);
            assertThat(receiver.received()).extracting(Receiver.Received::id).containsOnly(
                    receiver.received().get(0).id());
            for (int i = 0; i < gaps.size(); i++) {
                Duration base = Duration.ofSeconds(30L << i);
                assertThat(gaps.get(i)).isBetween(base, base.plus(base.dividedBy(5)));
            }
            JsonPath log = deliveries(receiver);
            assertThat(log.getString("items[0].status")).isEqualTo("PENDING");
            assertThat(log.getInt("items[0].attempts")).isEqualTo(4);
            assertThat(log.getString("items[0].lastError")).isEqualTo("HTTP 500");

            receiver.answer(200);
            worker.deliverDue(attempt);
            assertThat(deliveries(receiver).getString("items[0].status")).isEqualTo("DELIVERED");
            assertThat(receiver.received()).hasSize(5);
        }
    }

    @Test
    void retries_stop_after_about_a_day_and_the_delivery_is_marked_failed() throws Exception {
        try (Receiver receiver = Receiver.subscribed(COMPLETED)) {
            receiver.answer(503);
            raise(Map.of("change", 3));
            Instant created = Instant.parse(deliveries(receiver).getString("items[0].createdAt"));
            worker.deliverDue(clock.instant());
            worker.deliverDue(created.plus(Duration.ofHours(24)).minusSeconds(10));
            JsonPath log = deliveries(receiver);
            assertThat(log.getString("items[0].status")).isEqualTo("FAILED");
            assertThat(log.getInt("items[0].attempts")).isEqualTo(2);
            assertThat(log.getString("items[0].nextAttemptAt")).isNull();
            worker.deliverDue(created.plus(Duration.ofDays(3)));
            assertThat(receiver.received()).hasSize(2);
        }
    }

    @Test
    void a_receiver_that_answers_too_late_counts_as_a_failed_attempt() throws Exception {
        try (Receiver receiver = Receiver.subscribed(COMPLETED)) {
            receiver.delay(1_500);
            raise(Map.of("change", 4));
            worker.deliverDue(clock.instant());
            JsonPath log = deliveries(receiver);
            assertThat(log.getString("items[0].status")).isEqualTo("PENDING");
            assertThat(log.getString("items[0].lastError")).isEqualTo("timed out");
        }
    }

    @Test
    void an_event_raised_in_a_transaction_that_rolls_back_is_never_delivered() throws Exception {
        try (Receiver receiver = Receiver.subscribed(COMPLETED)) {
            QuarkusTransaction.begin();
            notices.fire(new Notice(NoticeType.CHANGE_COMPLETED, Map.of("change", 5)));
            QuarkusTransaction.rollback();
            worker.deliverDue(clock.instant());
            assertThat(deliveries(receiver).getInt("total")).isZero();
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void an_event_raised_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> notices.fire(new Notice(NoticeType.CHANGE_COMPLETED, Map.of())))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void an_event_nobody_subscribed_to_leaves_no_trace() throws Exception {
        try (Receiver receiver = Receiver.subscribed(NoticeType.CHANGE_REJECTED.id())) {
            raise(Map.of("change", 6));
            worker.deliverDue(clock.instant());
            assertThat(deliveries(receiver).getInt("total")).isZero();
        }
    }
}
