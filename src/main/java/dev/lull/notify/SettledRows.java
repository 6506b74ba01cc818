package dev.lull.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * Deletes an outbox's settled rows (any status but PENDING) created before a point in time, in batches of 5,000;
 * shared by the webhook and the mail outboxes. Replicas may run it together: each batch deletes what is still there.
 */
public final class SettledRows {
    static final int BATCH = 5_000;

    private SettledRows() {
    }

    /** Deletes the settled rows of {@code table} (a constant, never input) created before {@code before}. */
    public static int prune(DataSource dataSource, String table, Instant before) {
        String delete = "delete from " + table + " where id in (select id from " + table
                + " where status <> 'PENDING' and created_at < ? limit ?)";
        int total = 0;
        int removed;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(delete)) {
            do {
                statement.setTimestamp(1, Timestamp.from(before));
                statement.setInt(2, BATCH);
                removed = statement.executeUpdate();
                total += removed;
            } while (removed == BATCH);
        } catch (SQLException e) {
            throw new IllegalStateException("pruning " + table + " failed", e);
        }
        return total;
    }
}
