package dev.lull.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Removes raw samples past raw retention (whole partitions where possible) and rollups past theirs. */
@ApplicationScoped
public class LoadRetention {
    private static final Logger LOG = Logger.getLogger(LoadRetention.class);
    private static final long LOCK_KEY = 0x4c756c6c52657465L;
    private final DataSource dataSource;
    private final Clock clock;
    private final LoadConfig config;

    LoadRetention(DataSource dataSource, Clock clock, LoadConfig config) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(identity = "load-retention", every = "{lull.load.retention-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() throws SQLException {
        Outcome outcome = run();
        LOG.infof("Load retention: %s", outcome);
    }

    /** Runs retention once; a replica that finds another one running it skips. */
    @Transactional
    public Outcome run() throws SQLException {
        Instant now = clock.instant();
        Instant rawCutoff = now.minus(config.rawRetention()).truncatedTo(ChronoUnit.HOURS);
        Instant rollupCutoff = now.minus(config.rollupRetention()).truncatedTo(ChronoUnit.HOURS);
        try (Connection connection = dataSource.getConnection()) {
            if (!tryLock(connection)) {
                return new Outcome(0, 0, 0, 0, true);
            }
            long sealed = update(connection, LoadSql.SEAL_HOURS, rawCutoff);
            List<String> dropped = LoadPartitions.endingBefore(connection, rawCutoff);
            try (Statement statement = connection.createStatement()) {
                for (String partition : dropped) {
                    statement.execute("drop table " + partition);
                }
            }
            long deleted = update(connection, LoadSql.DELETE_RAW, rawCutoff);
            long rollups = update(connection, LoadSql.DELETE_ROLLUPS, rollupCutoff);
            return new Outcome(sealed, dropped.size(), deleted, rollups, false);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select pg_try_advisory_xact_lock(" + LOCK_KEY + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static long update(Connection connection, String sql, Instant cutoff) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(cutoff));
            return statement.executeUpdate();
        }
    }

    /** What one retention run did. */
    public record Outcome(long hoursSealed, int partitionsDropped, long rawRowsDeleted, long rollupsDeleted,
            boolean skipped) {
    }
}
