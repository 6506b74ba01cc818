package dev.lull.availability;

import static dev.lull.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.lull.Api;
import dev.lull.NoticeLog;
import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LoadThresholdCheckTest {
    @Inject
    LoadThresholdCheck check;

    @Inject
    NoticeLog log;

    @Inject
    Clock clock;

    Instant now;

    @BeforeEach
    void at_the_start_of_a_minute() {
        now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    static String host(Double capacityPerMinute) {
        return Api.host("thr", null, "UTC", capacityPerMinute);
    }

    /** One sample a minute in [from, from + minutes), each of {@code messages}. */
    static void load(String host, Instant from, int minutes, double messages) {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            samples.add(Map.of("host", host, "at", from.plus(Duration.ofMinutes(i)).toString(), "messages", messages));
        }
        as("ingest").body(samples).post("/api/v1/load").then().statusCode(200);
    }

    List<NoticeType> types(String host) {
        return log.where("host", host).stream().map(Notice::type).toList();
    }

    @Test
    void an_episode_is_announced_once_when_it_starts_and_once_when_it_ends() {
        String host = host(100.0);
        load(host, now.minus(Duration.ofMinutes(15)), 15, 90);
        check.check(now);
        assertThat(types(host)).containsExactly(NoticeType.LOAD_THRESHOLD_EXCEEDED);
        assertThat(log.where("host", host).get(0).data()).containsEntry("observedPerMinute", 90.0)
                .containsEntry("capacityPerMinute", 100.0).containsEntry("ratio", 0.9)
                .containsEntry("threshold", 0.8).containsEntry("span", Duration.ofMinutes(15))
                .containsEntry("since", now);

        check.check(now.plus(Duration.ofMinutes(1)));
        check.check(now);
        assertThat(types(host)).hasSize(1);

        load(host, now, 15, 10);
        Instant later = now.plus(Duration.ofMinutes(15));
        check.check(later);
        check.check(later.plus(Duration.ofMinutes(1)));
        assertThat(types(host)).containsExactly(NoticeType.LOAD_THRESHOLD_EXCEEDED, NoticeType.LOAD_RECOVERED);
        assertThat(log.where("host", host).get(1).data()).containsEntry("observedPerMinute", 10.0)
                .containsEntry("episodeStartedAt", now).containsEntry("recoveredAt", later);
    }

    @Test
    void load_at_the_threshold_or_on_a_host_without_capacity_starts_no_episode() {
        String atThreshold = host(100.0);
        String unrated = host(null);
        load(atThreshold, now.minus(Duration.ofMinutes(15)), 15, 80);
        load(unrated, now.minus(Duration.ofMinutes(15)), 15, 1_000_000);
        check.check(now);
        assertThat(types(atThreshold)).isEmpty();
        assertThat(types(unrated)).isEmpty();
    }

    @Test
    void the_average_counts_silent_minutes_of_the_span_as_no_load() {
        String host = host(100.0);
        load(host, now.minus(Duration.ofMinutes(5)), 5, 200);
        check.check(now);
        assertThat(types(host)).isEmpty();
        load(host, now.minus(Duration.ofMinutes(10)), 5, 200);
        check.check(now);
        assertThat(log.where("host", host)).singleElement()
                .satisfies(n -> assertThat(n.data()).containsEntry("observedPerMinute", 133.3));
    }

    @Test
    void a_host_that_sends_nothing_during_the_span_neither_stays_high_nor_recovers() {
        String host = host(100.0);
        load(host, now.minus(Duration.ofMinutes(15)), 15, 500);
        check.check(now);
        check.check(now.plus(Duration.ofHours(2)));
        assertThat(types(host)).containsExactly(NoticeType.LOAD_THRESHOLD_EXCEEDED);
    }

    @Test
    void two_replicas_checking_at_once_announce_an_episode_once() throws Exception {
        String host = host(50.0);
        load(host, now.minus(Duration.ofMinutes(15)), 15, 60);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ThresholdCheckRun>> replicas = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return check.check(now);
                })).toList();
        start.countDown();
        replicas.forEach(CompletableFuture::join);
        assertThat(types(host)).containsExactly(NoticeType.LOAD_THRESHOLD_EXCEEDED);
    }

    @Test
    void the_event_reaches_the_outbox_of_a_subscribed_webhook() {
        int webhook = as("admin").body(Map.of("url", "http://127.0.0.1:9/hook", "events",
                List.of("load.threshold-exceeded"))).post("/api/v1/webhooks").then().statusCode(201)
                .extract().path("id");
        try {
            String host = host(10.0);
            load(host, now.minus(Duration.ofMinutes(15)), 15, 100);
            check.check(now);
            as("admin").get("/api/v1/webhooks/{id}/deliveries", webhook).then().statusCode(200)
                    .body("items.type", hasItem("load.threshold-exceeded"), "items.status", hasItem("PENDING"));
        } finally {
            as("admin").delete("/api/v1/webhooks/{id}", webhook).then().statusCode(204);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
