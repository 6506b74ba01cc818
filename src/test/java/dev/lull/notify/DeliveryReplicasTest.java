package dev.lull.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

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

/** Several workers (replicas) on one database: leases and SKIP LOCKED keep every delivery to exactly one. */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeliveryReplicasTest {
    static final String SCHEDULED = NoticeType.CHANGE_SCHEDULED.id();

    @Inject
    Event<Notice> notices;

    @Inject
    DataSource dataSource;

    @Inject
    NotifyConfig config;

    @Inject
    Clock clock;

    @Inject
    io.vertx.core.Vertx vertx;

    /** A separate worker instance, as another replica would have: its own HTTP client, the same database. */
    DeliveryWorker replica(int batchSize) {
        NotifyConfig small = new SmallBatches(config, batchSize);
        return new DeliveryWorker(new DeliveryStore(dataSource), new DeliverySender(small, vertx), small, clock);
    }

    void raise(int change) {
        QuarkusTransaction.requiringNew()
                .run(() -> notices.fire(new Notice(NoticeType.CHANGE_SCHEDULED, Map.of("change", change))));
    }

    @Test
    void a_delivery_abandoned_mid_flight_is_delivered_exactly_once_by_another_worker_after_its_lease()
            throws Exception {
        try (Receiver receiver = Receiver.subscribed(SCHEDULED)) {
            raise(1);
            Instant now = clock.instant();
            DeliveryStore dying = new DeliveryStore(dataSource);
            assertThat(dying.claim(now, now.plus(config.lease()), 1_000)).isNotEmpty();

            DeliveryWorker survivor = replica(50);
            survivor.deliverDue(now.plusSeconds(1));
            assertThat(receiver.received()).isEmpty();

            survivor.deliverDue(now.plus(config.lease()).plusSeconds(1));
            survivor.deliverDue(now.plus(Duration.ofDays(2)));
            assertThat(receiver.received()).hasSize(1).allMatch(Receiver.Received::signatureValid);
            JsonPath log = DeliveryTest.deliveries(receiver);
            assertThat(log.getString("items[0].status")).isEqualTo("DELIVERED");
            assertThat(log.getInt("items[0].attempts")).isEqualTo(2);
        }
    }

    @Test
    void a_pending_retry_survives_a_restart_and_succeeds_exactly_once() throws Exception {
        try (Receiver receiver = Receiver.subscribed(SCHEDULED)) {
            receiver.answer(500);
            raise(2);
            Instant now = clock.instant();
            replica(50).deliverDue(now);

            receiver.answer(200);
            DeliveryWorker restarted = replica(50);
            Instant later = now.plus(Duration.ofHours(1));
            restarted.deliverDue(later);
            restarted.deliverDue(later.plus(Duration.ofHours(1)));
            assertThat(receiver.received()).hasSize(2);
            assertThat(receiver.received().get(0).id()).isEqualTo(receiver.received().get(1).id());
            assertThat(DeliveryTest.deliveries(receiver).getString("items[0].status")).isEqualTo("DELIVERED");
        }
    }

    @Test
    void two_workers_claiming_at_once_deliver_each_event_exactly_once() throws Exception {
        int events = 30;
        try (Receiver receiver = Receiver.subscribed(SCHEDULED)) {
            receiver.delay(10);
            IntStream.range(0, events).forEach(this::raise);
            Instant now = clock.instant();
            List<DeliveryRun> runs = concurrently(replica(3), replica(3), now);

            Map<String, Long> perId = receiver.received().stream()
                    .collect(Collectors.groupingBy(Receiver.Received::id, Collectors.counting()));
            assertThat(perId).hasSize(events).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
            assertThat(runs).allSatisfy(run -> assertThat(run.delivered()).isPositive());
            JsonPath log = DeliveryTest.deliveries(receiver);
            assertThat(log.getList("items.status", String.class)).hasSize(events).containsOnly("DELIVERED");
            assertThat(log.getList("items.attempts", Integer.class)).containsOnly(1);
        }
    }

    private static List<DeliveryRun> concurrently(DeliveryWorker first, DeliveryWorker second, Instant now)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Function<DeliveryWorker, Callable<DeliveryRun>> job = worker -> () -> {
                start.await();
                return worker.deliverDue(now);
            };
            Future<DeliveryRun> a = threads.submit(job.apply(first));
            Future<DeliveryRun> b = threads.submit(job.apply(second));
            start.countDown();
            return List.of(a.get(), b.get());
        } finally {
            threads.shutdown();
        }
    }

    /** The application's settings with a smaller batch, so that two workers interleave. */
    record SmallBatches(NotifyConfig config, int batchSize) implements NotifyConfig {
        @Override
        public String deliveryEvery() {
            return config.deliveryEvery();
        }

        @Override
        public Duration timeout() {
            return config.timeout();
        }

        @Override
        public Duration lease() {
            return config.lease();
        }

        @Override
        public Duration keepDeliveries() {
            return config.keepDeliveries();
        }

        @Override
        public String pruneEvery() {
            return config.pruneEvery();
        }

        @Override
        public boolean allowInternalTargets() {
            return config.allowInternalTargets();
        }

        @Override
        public Optional<String> secretKey() {
            return config.secretKey();
        }

        @Override
        public Retry retry() {
            return config.retry();
        }
    }
}
