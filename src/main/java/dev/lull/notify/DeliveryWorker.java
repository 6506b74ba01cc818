package dev.lull.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * The delivery job: claims due deliveries under a lease, sends them concurrently and records each outcome.
 * Any number of replicas may run it at once: claims skip rows another worker holds.
 */
@Startup
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private final DeliveryStore store;
    private final DeliverySender sender;
    private final NotifyConfig config;
    private final Backoff backoff;
    private final Clock clock;

    DeliveryWorker(DeliveryStore store, DeliverySender sender, NotifyConfig config, Clock clock) {
        if (config.lease().compareTo(config.timeout()) <= 0) {
            throw new IllegalStateException("lull.notify.lease must be longer than lull.notify.timeout");
        }
        this.store = store;
        this.sender = sender;
        this.config = config;
        this.backoff = Backoff.of(config.retry());
        this.clock = clock;
    }

    @Scheduled(identity = "webhook-delivery", every = "{lull.notify.delivery-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        DeliveryRun run = deliverDue(clock.instant());
        if (run.claimed() > 0) {
            LOG.debugf("Webhook deliveries: %s", run);
        }
    }

    /** Sends, batch by batch, every delivery due at {@code now}; failures are rescheduled, not retried here. */
    public DeliveryRun deliverDue(Instant now) {
        DeliveryRun total = DeliveryRun.NONE;
        List<ClaimedDelivery> batch;
        do {
            batch = store.claim(now, now.plus(config.lease()), config.batchSize());
            total = total.plus(sendAll(batch, now));
        } while (batch.size() == config.batchSize());
        return total;
    }

    private DeliveryRun sendAll(List<ClaimedDelivery> batch, Instant now) {
        List<CompletableFuture<DeliveryRun>> outcomes = batch.stream()
                .map(delivery -> sender.send(delivery, now).thenApply(attempt -> record(delivery, attempt, now)))
                .toList();
        return outcomes.stream().map(CompletableFuture::join).reduce(DeliveryRun.NONE, DeliveryRun::plus);
    }

    private DeliveryRun record(ClaimedDelivery delivery, Attempt attempt, Instant now) {
        if (attempt.succeeded()) {
            store.delivered(delivery, attempt.statusCode(), now);
            return new DeliveryRun(1, 1, 0, 0);
        }
        Instant next = backoff.next(delivery.attempt(), delivery.createdAt(), now, ThreadLocalRandom.current()
                .nextDouble()).orElse(null);
        store.failed(delivery, attempt, next);
        if (next == null) {
            LOG.warnf("Webhook delivery %d failed for good after %d attempts: %s", delivery.id(), delivery.attempt(),
                    attempt.error());
            return new DeliveryRun(1, 0, 0, 1);
        }
        return new DeliveryRun(1, 0, 1, 0);
    }
}
