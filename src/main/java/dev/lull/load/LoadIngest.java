package dev.lull.load;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.UniqueViolations;

/** Stores a batch of samples atomically through COPY, replacing existing (host, at), rollups recomputed. */
@ApplicationScoped
public class LoadIngest {
    private static final Logger LOG = Logger.getLogger(LoadIngest.class);
    private final DataSource dataSource;
    private final Clock clock;
    private final LoadConfig config;
    private final Event<SamplesStored> stored;
    private final NewPartitions partitions;

    LoadIngest(DataSource dataSource, Clock clock, LoadConfig config, Event<SamplesStored> stored,
            NewPartitions partitions) {
        this.dataSource = dataSource;
        this.partitions = partitions;
        this.clock = clock;
        this.config = config;
        this.stored = stored;
    }

    /**
     * A batch sent to the ingest API, in a transaction of its own that may last {@code lull.load.ingest-timeout-seconds}
     * (a timeout can only be set where a transaction begins).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeoutFromConfigProperty = "lull.load.ingest-timeout-seconds")
    public IngestResult ingestBatch(SampleSource source, boolean createHosts) throws IOException, SQLException {
        return store(source, createHosts);
    }

    /** A batch stored within the caller's transaction, or one of its own. */
    @Transactional
    public IngestResult ingest(SampleSource source, boolean createHosts) throws IOException, SQLException {
        return store(source, createHosts);
    }

    private IngestResult store(SampleSource source, boolean createHosts) throws IOException, SQLException {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, LoadSql.CREATE_STAGING);
            long started = System.nanoTime();
            LoadStaging.Staged staged = LoadStaging.stage(connection, source, createHosts, now);
            LOG.debugf("staged %d samples in %d ms", staged.rows(), (System.nanoTime() - started) / 1_000_000);
            if (staged.rows() == 0) {
                throw ApiProblem.badRequest("the body holds no samples");
            }
            if (!staged.newHosts().isEmpty()) {
                LoadStaging.registerHosts(connection, staged.newHosts(), now);
            }
            List<Instant> missing = LoadPartitions.missing(connection, staged.first(), staged.last());
            if (!missing.isEmpty()) {
                partitions.create(missing);
            }
            execute(connection, LoadSql.SUMMARISE);
            execute(connection, LoadSql.LOCK_HOSTS);
            Instant rawCutoff = now.minus(config.rawRetention());
            BatchChecks checks = checks(connection, rawCutoff);
            if (checks.vanishedHosts() > 0) {
                throw ApiProblem.conflict("a host of the batch was deleted while it was read; nothing was stored");
            }
            if (checks.olderThanRawRetention()) {
                refuseSealedHours(connection, rawCutoff);
            }
            bumpHistory(connection, now.truncatedTo(ChronoUnit.HOURS));
            LoadWeeks.forgetTouchedWeeks(connection);
            stored.fire(new SamplesStored(batchHosts(connection), staged.first(), staged.last()));
            if (storedAsNew(connection)) {
                LOG.debugf("inserted %d new samples in %d ms", staged.rows(),
                        (System.nanoTime() - started) / 1_000_000);
                return new IngestResult(staged.rows(), staged.rows(), 0);
            }
            long inserted = count(connection, LoadSql.UPSERT);
            execute(connection, LoadSql.ROLLUP);
            return new IngestResult(staged.rows(), inserted, staged.rows() - inserted);
        }
    }

    private static List<Long> batchHosts(Connection connection) throws SQLException {
        List<Long> hosts = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select host_id from batch_host")) {
            while (rs.next()) {
                hosts.add(rs.getLong(1));
            }
        }
        return hosts;
    }

    private static BatchChecks checks(Connection connection, Instant rawCutoff) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LoadSql.CHECKS)) {
            query.setTimestamp(1, Timestamp.from(rawCutoff));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new BatchChecks(rs.getLong(1), rs.getBoolean(2));
            }
        }
    }

    /**
     * Inserts a batch whose samples are all new, wherever they fall in time; false (and nothing stored) if one
     * repeats a stored (host, at) or another of the batch, which is then upserted instead.
     */
    private static boolean storedAsNew(Connection connection) throws SQLException {
        execute(connection, "savepoint new_only");
        try {
            execute(connection, LoadSql.INSERT_NEW);
        } catch (SQLException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            execute(connection, "rollback to savepoint new_only");
            return false;
        }
        execute(connection, LoadSql.MERGE_ROLLUP);
        return true;
    }

    private void refuseSealedHours(Connection connection, Instant rawCutoff) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LoadSql.SEALED)) {
            query.setTimestamp(1, Timestamp.from(rawCutoff));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw ApiProblem.conflict(rs.getLong(1) + " sample(s), the first the batch's sample #"
                            + rs.getLong(2) + ", fall in hours older than the raw retention (" + config.rawRetention()
                            + ") whose raw samples were already rolled up and removed; those hours can no longer change");
                }
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void bumpHistory(Connection connection, Instant hour) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement(LoadSql.BUMP_HISTORY)) {
            bump.setTimestamp(1, Timestamp.from(hour));
            bump.setTimestamp(2, Timestamp.from(hour));
            bump.setTimestamp(3, Timestamp.from(hour.minusSeconds(3600)));
            bump.executeUpdate();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What the batch needs before it is stored: vanished hosts, whether it is old. */
    private record BatchChecks(long vanishedHosts, boolean olderThanRawRetention) {
    }

}
