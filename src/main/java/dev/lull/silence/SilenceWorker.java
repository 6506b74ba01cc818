package dev.lull.silence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * The silence job: claims due silences under a lease and makes Alertmanager hold what each change wants. A past
 * start is sent as now; a window that ended needs nothing (the silence lapses itself); failures are retried with
 * doubling delays until the window ends, then the silence is failed (or, when it was to be expired, left to lapse).
 */
@ApplicationScoped
public class SilenceWorker {
    private static final Logger LOG = Logger.getLogger(SilenceWorker.class);
    private static final int BATCH = 50;
    private final SilenceStore store;
    private final AlertmanagerClient alertmanager;
    private final SilencingTargets targets;
    private final SilenceConfig config;
    private final Clock clock;

    SilenceWorker(SilenceStore store, AlertmanagerClient alertmanager, SilencingTargets targets, SilenceConfig config,
            Clock clock) {
        this.store = store;
        this.alertmanager = alertmanager;
        this.targets = targets;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "alert-silences", every = "{lull.silence.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int sent = sendDue(clock.instant());
        if (sent > 0) {
            LOG.debugf("Silences sent: %d", sent);
        }
    }

    /** Sends every silence due at {@code now}; answers how many were claimed. */
    public int sendDue(Instant now) {
        int claimed = 0;
        List<SilenceStore.DueSilence> batch;
        do {
            batch = store.claim(now, now.plus(config.lease()), BATCH);
            batch.forEach(silence -> send(silence, now));
            claimed += batch.size();
        } while (batch.size() == BATCH);
        return claimed;
    }

    private void send(SilenceStore.DueSilence silence, Instant now) {
        try {
            if (!silence.endsAt().isAfter(now)) {
                store.done(silence, "EXPIRED", silence.silenceId(), now);
            } else if (silence.present()) {
                Instant startsAt = silence.startsAt().isBefore(now) ? now : silence.startsAt();
                String id = alertmanager.put(silence.alertmanager(), silence.silenceId(),
                        targets.matchers(silence.matchers()), startsAt, silence.endsAt(), silence.comment());
                store.done(silence, "SET", id, now);
            } else {
                if (silence.silenceId() != null) {
                    alertmanager.expire(silence.alertmanager(), silence.silenceId());
                }
                store.done(silence, "EXPIRED", silence.silenceId(), now);
            }
        } catch (AlertmanagerClient.AlertmanagerFailure e) {
            Instant next = now.plus(delay(silence.attempt()));
            boolean tooLate = !next.isBefore(silence.endsAt());
            store.failed(silence, e.getMessage(), tooLate ? null : next, silence.present() ? "FAILED" : "EXPIRED", now);
        }
    }

    /** retry-base × 2^(attempts−1), at most max-delay. */
    Duration delay(int attempts) {
        Duration delay = config.retryBase().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : delay;
    }
}
