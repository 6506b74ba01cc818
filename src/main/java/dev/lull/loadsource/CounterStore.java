package dev.lull.loadsource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** The remote-written counters' state in PostgreSQL, locked per host for the caller's transaction. */
@ApplicationScoped
class CounterStore {
    /** A transaction lock per host name, taken in name order (key space 'lctr', apart from ingest's 'lull'). */
    private static final String LOCK = "select count(pg_advisory_xact_lock(1818457202, hashtext(n))) "
            + "from (select distinct unnest(?::text[]) as n order by 1) names";

    private static final String READ = "select host_name, series, last_at, last_value, step_end, step_increase "
            + "from load_counter where host_name = any(?::text[])";

    private static final String WRITE = """
            insert into load_counter (host_name, series, last_at, last_value, step_end, step_increase)
            values (?, ?, ?, ?, ?, ?)
            on conflict (host_name) do update set series = excluded.series, last_at = excluded.last_at,
                last_value = excluded.last_value, step_end = excluded.step_end,
                step_increase = excluded.step_increase""";

    private static final String KNOWN = "select name from host where name = any(?::text[])";

    private final DataSource dataSource;

    CounterStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The hosts among these names that are registered. */
    Set<String> known(Set<String> names) throws SQLException {
        Set<String> known = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(KNOWN)) {
            query.setArray(1, connection.createArrayOf("text", names.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        return known;
    }

    /** Locks these hosts' counters until the transaction ends and answers their state. */
    Map<String, StepValues.CounterState> lock(Set<String> hosts) throws SQLException {
        Map<String, StepValues.CounterState> states = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                lock.setArray(1, connection.createArrayOf("text", hosts.toArray()));
                lock.executeQuery().close();
            }
            try (PreparedStatement read = connection.prepareStatement(READ)) {
                read.setArray(1, connection.createArrayOf("text", hosts.toArray()));
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        states.put(rs.getString(1), new StepValues.CounterState(rs.getLong(2),
                                rs.getTimestamp(3).getTime(), rs.getDouble(4), rs.getTimestamp(5).getTime(),
                                rs.getDouble(6)));
                    }
                }
            }
        }
        return states;
    }

    void save(Map<String, StepValues.CounterState> states) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement write = connection.prepareStatement(WRITE)) {
            for (Map.Entry<String, StepValues.CounterState> entry : states.entrySet()) {
                StepValues.CounterState state = entry.getValue();
                write.setString(1, entry.getKey());
                write.setLong(2, state.series());
                write.setTimestamp(3, Timestamp.from(Instant.ofEpochMilli(state.lastAt())));
                write.setDouble(4, state.lastValue());
                write.setTimestamp(5, Timestamp.from(Instant.ofEpochMilli(state.stepEnd())));
                write.setDouble(6, state.increase());
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
