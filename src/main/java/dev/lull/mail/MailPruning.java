package dev.lull.mail;

import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import dev.lull.notify.SettledRows;

/**
 * Deletes sent, failed and skipped messages once they are older than {@code lull.mail.keep-deliveries}; pending ones
 * are never touched. Replicas may run it together: each batch deletes what is still there.
 */
@ApplicationScoped
public class MailPruning {
    private static final Logger LOG = Logger.getLogger(MailPruning.class);
    private final DataSource dataSource;
    private final MailConfig config;
    private final Clock clock;

    MailPruning(DataSource dataSource, MailConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "mail-delivery-pruning", every = "{lull.mail.prune-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int removed = prune(clock.instant());
        if (removed > 0) {
            LOG.infof("Pruned %d settled mail deliveries", removed);
        }
    }

    /** Deletes, in batches, the settled rows older than the keep period; returns how many. */
    public int prune(Instant now) {
        return SettledRows.prune(dataSource, "mail_delivery", now.minus(config.keepDeliveries()));
    }
}
