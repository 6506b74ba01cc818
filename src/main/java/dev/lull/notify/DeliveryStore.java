package dev.lull.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** The outbox's state changes, each one statement and so one short transaction of its own. */
@ApplicationScoped
class DeliveryStore {
    /**
     * Leases due rows that no other worker holds, of webhooks that are not paused; SKIP LOCKED lets concurrent
     * workers take disjoint rows.
     */
    private static final String CLAIM = """
            with due as (
                select d.id from webhook_delivery d join webhook w on w.id = d.webhook_id
                where d.status = 'PENDING' and d.next_attempt_at <= ?
                  and (d.locked_until is null or d.locked_until <= ?) and not w.paused
                order by d.next_attempt_at, d.id
                limit ?
                for update of d skip locked)
            update webhook_delivery d
            set attempts = d.attempts + 1, locked_until = ?, last_attempt_at = ?
            from due, webhook w
            where d.id = due.id and w.id = d.webhook_id
            returning d.id, d.event_id, d.body, d.attempts, d.created_at, w.url, w.secret""";

    /** A success counts even when the lease ran out meanwhile: the row must never be sent again. */
    private static final String DELIVERED = """
            update webhook_delivery
            set status = 'DELIVERED', delivered_at = ?, last_status_code = ?, last_error = null,
                next_attempt_at = null, locked_until = null
            where id = ? and status = 'PENDING'""";

    /** A failure only counts for the current lease holder (fenced by the attempt number). */
    private static final String FAILED_ATTEMPT = """
            update webhook_delivery
            set status = ?, next_attempt_at = ?, last_status_code = ?, last_error = ?, locked_until = null
            where id = ? and attempts = ? and status = 'PENDING'""";

    private final DataSource dataSource;

    DeliveryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Leases up to {@code limit} due deliveries until {@code lockedUntil}, counting the attempt. */
    List<ClaimedDelivery> claim(Instant now, Instant lockedUntil, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setTimestamp(1, Timestamp.from(now));
            claim.setTimestamp(2, Timestamp.from(now));
            claim.setInt(3, limit);
            claim.setTimestamp(4, Timestamp.from(lockedUntil));
            claim.setTimestamp(5, Timestamp.from(now));
            List<ClaimedDelivery> claimed = new ArrayList<>();
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new ClaimedDelivery(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7)));
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("claiming webhook deliveries failed", e);
        }
    }

    /** Marks the delivery done for good; false if it had left PENDING already. */
    boolean delivered(ClaimedDelivery delivery, int statusCode, Instant at) {
        return update(DELIVERED, statement -> {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setInt(2, statusCode);
            statement.setLong(3, delivery.id());
        });
    }

    /** Records a failed attempt: due again at {@code next}, or FAILED when {@code next} is null. */
    boolean failed(ClaimedDelivery delivery, Attempt attempt, Instant next) {
        return update(FAILED_ATTEMPT, statement -> {
            statement.setString(1, next == null ? DeliveryStatus.FAILED.name() : DeliveryStatus.PENDING.name());
            statement.setTimestamp(2, next == null ? null : Timestamp.from(next));
            if (attempt.statusCode() == null) {
                statement.setNull(3, Types.INTEGER);
            } else {
                statement.setInt(3, attempt.statusCode());
            }
            statement.setString(4, attempt.error());
            statement.setLong(5, delivery.id());
            statement.setInt(6, delivery.attempt());
        });
    }

    private boolean update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("recording a webhook delivery failed", e);
        }
    }

    /** Sets a statement's parameters. */
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
