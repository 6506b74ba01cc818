package dev.lull.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

import dev.lull.notify.Backoff;
import dev.lull.notify.DeliveryRun;
import dev.lull.notify.NotifyConfig;

/**
 * The mail job: claims due messages under a lease, hands them to the SMTP server one by one and records each outcome,
 * retrying failures with the webhooks' backoff ({@code lull.notify.retry.*}). Any number of replicas may run it at
 * once: claims skip rows another worker holds.
 */
@Startup
@ApplicationScoped
public class MailWorker {
    private static final Logger LOG = Logger.getLogger(MailWorker.class);
    private final MailStore store;
    private final MailSender sender;
    private final MailConfig config;
    private final Backoff backoff;
    private final Clock clock;

    MailWorker(MailStore store, MailSender sender, MailConfig config, NotifyConfig notify, Clock clock) {
        if (config.lease().compareTo(config.timeout()) <= 0) {
            throw new IllegalStateException("lull.mail.lease must be longer than lull.mail.timeout");
        }
        this.store = store;
        this.sender = sender;
        this.config = config;
        this.backoff = Backoff.of(notify.retry());
        this.clock = clock;
    }

    @Scheduled(identity = "mail-delivery", every = "{lull.mail.delivery-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        DeliveryRun run = deliverDue(clock.instant());
        if (run.claimed() > 0) {
            LOG.debugf("Mail deliveries: %s", run);
        }
    }

    /** Sends, batch by batch, every message due at {@code now}; failures are rescheduled, not retried here. */
    public DeliveryRun deliverDue(Instant now) {
        DeliveryRun total = DeliveryRun.NONE;
        List<ClaimedMail> batch;
        do {
            batch = store.claim(now, now.plus(config.lease()), config.batchSize());
            for (ClaimedMail mail : batch) {
                total = total.plus(send(mail, now));
            }
        } while (batch.size() == config.batchSize());
        return total;
    }

    private DeliveryRun send(ClaimedMail mail, Instant now) {
        Optional<String> failure = sender.send(mail);
        if (failure.isEmpty()) {
            store.delivered(mail, now);
            return new DeliveryRun(1, 1, 0, 0);
        }
        Instant next = backoff.next(mail.attempt(), mail.createdAt(), now, ThreadLocalRandom.current().nextDouble())
                .orElse(null);
        store.failed(mail, failure.get(), next);
        if (next == null) {
            LOG.warnf("Mail delivery %d failed for good after %d attempts: %s", mail.id(), mail.attempt(),
                    failure.get());
            return new DeliveryRun(1, 0, 0, 1);
        }
        return new DeliveryRun(1, 0, 1, 0);
    }
}
