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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.UniqueViolations;

/** Stores a batch of samples atomically through COPY, replacing existing (host, at), rollups recomputed. */
@ApplicationScoped
public class LoadIngest {
    private static final Logger LOG = Logger.getLogger(LoadIngest.class);
    private final DataSource dataSource;
    private final Clock clock;
    private final LoadConfig config;

    LoadIngest(DataSource dataSource, Clock clock, LoadConfig config) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public IngestResult ingest(SampleSource source, boolean createHosts) throws IOException, SQLException {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, LoadSql.CREATE_STAGING);
            long started = System.nanoTime();
            Staged staged = stage(connection, source, createHosts, now);
            LOG.debugf("staged %d samples in %d ms", staged.rows(), (System.nanoTime() - started) / 1_000_000);
            if (staged.rows() == 0) {
                throw ApiProblem.badRequest("the body holds no samples");
            }
            if (!staged.newHosts().isEmpty()) {
                registerHosts(connection, staged.newHosts(), now);
            }
            LoadPartitions.ensure(connection, staged.first(), staged.last());
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
            if (checks.appendsOnly() && storedAsNew(connection)) {
                LOG.debugf("appended %d samples in %d ms", staged.rows(), (System.nanoTime() - started) / 1_000_000);
                return new IngestResult(staged.rows(), staged.rows(), 0);
            }
            long inserted = count(connection, LoadSql.UPSERT);
            execute(connection, LoadSql.ROLLUP);
            return new IngestResult(staged.rows(), inserted, staged.rows() - inserted);
        }
    }

    private Staged stage(Connection connection, SampleSource source, boolean createHosts, Instant now)
            throws IOException, SQLException {
        Map<String, Integer> hosts = hostIds(connection);
        Set<String> unknown = new LinkedHashSet<>();
        List<String> newHosts = new ArrayList<>();
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        try (StagingCopy copy = new StagingCopy(
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(LoadSql.COPY_STAGING))) {
            for (IncomingSample sample = source.next(); sample != null; sample = source.next()) {
                SampleRules.check(sample, now);
                Integer id = hosts.get(sample.host());
                if (id == null) {
                    SampleRules.checkHostName(sample.host(), sample.position());
                }
                if (id == null && createHosts) {
                    newHosts.add(sample.host());
                    id = -newHosts.size();
                    hosts.put(sample.host(), id);
                } else if (id == null) {
                    unknown.add(sample.host());
                    continue;
                }
                copy.write(copy.rows() + 1, id, sample.at(), sample.messages());
                first = sample.at().isBefore(first) ? sample.at() : first;
                last = sample.at().isAfter(last) ? sample.at() : last;
            }
            if (!unknown.isEmpty()) {
                throw unknownHosts(unknown);
            }
            return new Staged(copy.finish(), first, last, newHosts);
        }
    }

    private static ApiProblem unknownHosts(Set<String> unknown) {
        List<String> named = unknown.stream().limit(20).toList();
        return ApiProblem.unprocessable(unknown.size() + " unknown host(s): " + String.join(", ", named)
                + (unknown.size() > 20 ? ", …" : "") + "; register them or send ?createHosts=true")
                .with("unknownHosts", named);
    }

    private void registerHosts(Connection connection, List<String> names, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(LoadSql.INSERT_HOST)) {
            for (String name : names) {
                insert.setString(1, name);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setTimestamp(3, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement("update load_staging st set host_id = h.id "
                + "from host h, unnest(?::text[]) with ordinality as n(name, position) "
                + "where h.name = n.name and st.host_id = -n.position")) {
            update.setArray(1, connection.createArrayOf("text", names.toArray()));
            update.executeUpdate();
        }
    }

    private static BatchChecks checks(Connection connection, Instant rawCutoff) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LoadSql.CHECKS)) {
            query.setTimestamp(1, Timestamp.from(rawCutoff));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new BatchChecks(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3));
            }
        }
    }

    /** Inserts a batch that only appends; false (and nothing stored) if it repeats a (host, at) within itself. */
    private static boolean storedAsNew(Connection connection) throws SQLException {
        execute(connection, "savepoint append_only");
        try {
            execute(connection, LoadSql.INSERT_NEW);
        } catch (SQLException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            execute(connection, "rollback to savepoint append_only");
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

    private static Map<String, Integer> hostIds(Connection connection) throws SQLException {
        Map<String, Integer> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select name, id from host")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getInt(2));
            }
        }
        return ids;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What the batch needs before it is stored: vanished hosts, whether it only appends, whether it is old. */
    private record BatchChecks(long vanishedHosts, boolean appendsOnly, boolean olderThanRawRetention) {
    }

    /** What staging read: rows, their time range, and hosts to register. */
    private record Staged(long rows, Instant first, Instant last, List<String> newHosts) {
    }
}
