package dev.lull.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A job's run under a PostgreSQL session advisory lock, so that one replica at a time runs it: a replica that finds
 * the lock taken skips the run.
 */
final class SessionLock {
    private SessionLock() {
    }

    /** A run on the locked connection. */
    @FunctionalInterface
    interface Run<T> {
        T on(Connection connection) throws SQLException;
    }

    /** What {@code run} answers under the lock of {@code key}, or {@code skipped} when another session holds it. */
    static <T> T run(Connection connection, long key, T skipped, Run<T> run) throws SQLException {
        if (!call(connection, "pg_try_advisory_lock", key)) {
            return skipped;
        }
        try {
            return run.on(connection);
        } finally {
            call(connection, "pg_advisory_unlock", key);
        }
    }

    private static boolean call(Connection connection, String function, long key) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select " + function + "(" + key + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
