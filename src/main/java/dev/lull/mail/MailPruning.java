package dev.lull.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes sent, failed and skipped messages once they are older than {@code lull.mail.keep-deliveries}; pending ones
 * are never touched. Replicas may run it together: each batch deletes what is still there.
 */
@ApplicationScoped
public class MailPruning {
    static final int BATCH = 5_000;
    private static final Logger LOG = Logger.getLogger(MailPruning.class);
    private static final String DELETE = """
            delete from mail_delivery where id in (
                select id from mail_delivery where status <> 'PENDING' and created_at < ? limit ?)
            """;
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

    /** Deletes, in batches, the settled messages older than the keep period; returns how many. */
    public int prune(Instant now) {
        Timestamp before = Timestamp.from(now.minus(config.keepDeliveries()));
        int total = 0;
        int removed;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(DELETE)) {
            do {
                statement.setTimestamp(1, before);
                statement.setInt(2, BATCH);
                removed = statement.executeUpdate();
                total += removed;
            } while (removed == BATCH);
        } catch (SQLException e) {
            throw new IllegalStateException("pruning mail deliveries failed", e);
        }
        return total;
    }
}
