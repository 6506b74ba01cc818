package dev.lull.notify;

import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes delivered and failed deliveries once they are older than {@code lull.notify.keep-deliveries}; pending ones
 * are never touched. Replicas may run it together: each batch deletes what is still there.
 */
@ApplicationScoped
public class DeliveryPruning {
    private static final Logger LOG = Logger.getLogger(DeliveryPruning.class);
    private final DataSource dataSource;
    private final NotifyConfig config;
    private final Clock clock;

    DeliveryPruning(DataSource dataSource, NotifyConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "webhook-delivery-pruning", every = "{lull.notify.prune-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int removed = prune(clock.instant());
        if (removed > 0) {
            LOG.infof("Pruned %d settled webhook deliveries", removed);
        }
    }

    /** Deletes, in batches, the settled rows older than the keep period; returns how many. */
    public int prune(Instant now) {
        return SettledRows.prune(dataSource, "webhook_delivery", now.minus(config.keepDeliveries()));
    }
}
