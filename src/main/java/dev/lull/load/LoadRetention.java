package dev.lull.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Removes raw samples past raw retention (whole partitions where possible) and rollups past theirs. It works a day
 * at a time, each day committed on its own, so that no transaction grows with the number of hosts or with how far
 * behind retention is: the first run over 10,000 hosts' 26 weeks had to seal 35 million hours, and as one transaction
 * it hit the transaction timeout and was rolled back on every run. What a stopped run committed stays done.
 */
@ApplicationScoped
public class LoadRetention {
    private static final Logger LOG = Logger.getLogger(LoadRetention.class);
    private static final long LOCK_KEY = 0x4c756c6c52657465L;
    private static final Duration STEP = Duration.ofDays(1);
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
        long started = System.nanoTime();
        Outcome outcome = run();
        LOG.infof("Load retention: %s in %d ms", outcome, (System.nanoTime() - started) / 1_000_000);
    }

    /** Runs retention once, outside any caller's transaction; a replica that finds another one running it skips. */
    public Outcome run() throws SQLException {
        Instant now = clock.instant();
        Instant rawCutoff = now.minus(config.rawRetention()).truncatedTo(ChronoUnit.HOURS);
        Instant rollupCutoff = now.minus(config.rollupRetention()).truncatedTo(ChronoUnit.HOURS);
        try (Connection connection = dataSource.getConnection()) {
            return SessionLock.run(connection, LOCK_KEY, new Outcome(0, 0, 0, 0, true),
                    locked -> retainInTransaction(locked, rawCutoff, rollupCutoff));
        }
    }

    private Outcome retainInTransaction(Connection connection, Instant rawCutoff, Instant rollupCutoff)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            return retain(connection, rawCutoff, rollupCutoff);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Seals the hours from the oldest unsealed one to the raw cutoff, drops the raw partitions that end before it and
     * deletes the raw samples of the sealed hours left in the partition it falls in, then the rollups past theirs and
     * the weekly rows that held some of them.
     */
    private static Outcome retain(Connection connection, Instant rawCutoff, Instant rollupCutoff) throws SQLException {
        Instant unsealed = nextUnsealed(connection, SampleRules.EARLIEST);
        connection.commit();
        if (unsealed == null || !unsealed.isBefore(rawCutoff)) {
            unsealed = rawCutoff;
        }
        long sealed = seal(connection, unsealed, rawCutoff);
        int dropped = 0;
        for (String partition : LoadPartitions.endingBefore(connection, rawCutoff)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table " + partition);
            }
            connection.commit();
            dropped++;
        }
        Instant partitionStart = LoadPartitions.weekStart(rawCutoff);
        long deleted = deleteRaw(connection, unsealed.isBefore(partitionStart) ? partitionStart : unsealed, rawCutoff);
        long rollups;
        try (PreparedStatement statement = connection.prepareStatement(LoadSql.DELETE_ROLLUPS)) {
            statement.setTimestamp(1, Timestamp.from(rollupCutoff));
            rollups = statement.executeUpdate();
        }
        LoadWeeks.deleteBefore(connection, rollupCutoff);
        connection.commit();
        return new Outcome(sealed, dropped, deleted, rollups, false);
    }

    /** Seals a day of unsealed hours at a time from {@code from} to {@code until}, skipping days with none. */
    private static long seal(Connection connection, Instant from, Instant until) throws SQLException {
        long rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(LoadSql.SEAL_HOURS)) {
            for (Instant start = from; start != null && start.isBefore(until); start = nextUnsealed(connection,
                    start.plus(STEP))) {
                rows += step(connection, statement, start, until);
            }
        }
        return rows;
    }

    /** Deletes a day of raw samples at a time from {@code from} to {@code until}. */
    private static long deleteRaw(Connection connection, Instant from, Instant until) throws SQLException {
        long rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(LoadSql.DELETE_RAW)) {
            for (Instant start = from; start.isBefore(until); start = start.plus(STEP)) {
                rows += step(connection, statement, start, until);
            }
        }
        return rows;
    }

    /** Runs {@code statement} on the day from {@code start} (at most to {@code until}) and commits it. */
    private static long step(Connection connection, PreparedStatement statement, Instant start, Instant until)
            throws SQLException {
        Instant end = start.plus(STEP).isBefore(until) ? start.plus(STEP) : until;
        statement.setTimestamp(1, Timestamp.from(start));
        statement.setTimestamp(2, Timestamp.from(end));
        long rows = statement.executeUpdate();
        connection.commit();
        return rows;
    }

    /** The first unsealed hour at or after {@code from}; null when there is none. */
    private static Instant nextUnsealed(Connection connection, Instant from) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LoadSql.NEXT_UNSEALED)) {
            query.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                Timestamp next = rs.getTimestamp(1);
                return next == null ? null : next.toInstant();
            }
        }
    }

    /** What one retention run did. */
    public record Outcome(long hoursSealed, int partitionsDropped, long rawRowsDeleted, long rollupsDeleted,
            boolean skipped) {
    }
}
