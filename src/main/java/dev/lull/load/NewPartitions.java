package dev.lull.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Creates load_sample's weekly partitions in short transactions of their own: every hour those of this week and the
 * next, so that the first samples of a week find theirs; and those an ingest needs (a backfill), committed before the
 * ingest takes its host locks. Made inside the ingest, a partition locked load_sample until the ingest committed:
 * every other ingest and read of raw samples waited, and an ingest that then waited for a host held by one of those
 * deadlocked.
 */
@ApplicationScoped
class NewPartitions {
    private final DataSource dataSource;

    private final Clock clock;

    NewPartitions(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** This week's and the next week's partitions, made ahead of their first samples. */
    @Scheduled(identity = "load-partitions-ahead", every = "1h", concurrentExecution = ConcurrentExecution.SKIP)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void ahead() throws SQLException {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            List<Instant> missing = LoadPartitions.missing(connection, now, now.plus(LoadPartitions.WEEK));
            if (!missing.isEmpty()) {
                LoadPartitions.create(connection, missing);
            }
        }
    }

    /** Creates the partitions of these weeks unless they exist, committed on return. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void create(List<Instant> weeks) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            LoadPartitions.create(connection, weeks);
        }
    }
}
