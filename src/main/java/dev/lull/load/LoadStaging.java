package dev.lull.load;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.postgresql.PGConnection;

import dev.lull.platform.ApiProblem;

/** Reads a body's samples into the staging table, checking each, and registers new hosts when asked to. */
final class LoadStaging {
    private LoadStaging() {
    }

    static Staged stage(Connection connection, SampleSource source, boolean createHosts, Instant now)
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
                    if (!createHosts) {
                        unknown.add(sample.host());
                        continue;
                    }
                    newHosts.add(sample.host());
                    id = -newHosts.size();
                    hosts.put(sample.host(), id);
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

    static void registerHosts(Connection connection, List<String> names, Instant now) throws SQLException {
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

    /** What staging read: rows, their time range, and hosts to register. */
    record Staged(long rows, Instant first, Instant last, List<String> newHosts) {
    }
}
