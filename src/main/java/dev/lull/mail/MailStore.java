package dev.lull.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** The mail outbox's state changes, each one statement and so one short transaction of its own. */
@ApplicationScoped
class MailStore {
    /** Leases due rows that no other worker holds; SKIP LOCKED lets concurrent workers take disjoint rows. */
    private static final String CLAIM = """
            with due as (
                select id from mail_delivery
                where status = 'PENDING' and next_attempt_at <= ? and (locked_until is null or locked_until <= ?)
                order by next_attempt_at, id
                limit ?
                for update skip locked)
            update mail_delivery m
            set attempts = m.attempts + 1, locked_until = ?, last_attempt_at = ?
            from due
            where m.id = due.id
            returning m.id, m.address, m.subject, m.text_body, m.html_body, m.calendar, m.calendar_method,
                m.attempts, m.created_at""";

    /** A success counts even when the lease ran out meanwhile: the message must never be sent again. */
    private static final String DELIVERED = """
            update mail_delivery
            set status = 'DELIVERED', delivered_at = ?, last_error = null, next_attempt_at = null, locked_until = null
            where id = ? and status = 'PENDING'""";

    /** A failure only counts for the current lease holder (fenced by the attempt number). */
    private static final String FAILED_ATTEMPT = """
            update mail_delivery
            set status = ?, next_attempt_at = ?, last_error = ?, locked_until = null
            where id = ? and attempts = ? and status = 'PENDING'""";

    private final DataSource dataSource;

    MailStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Leases up to {@code limit} due messages until {@code lockedUntil}, counting the attempt. */
    List<ClaimedMail> claim(Instant now, Instant lockedUntil, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setTimestamp(1, Timestamp.from(now));
            claim.setTimestamp(2, Timestamp.from(now));
            claim.setInt(3, limit);
            claim.setTimestamp(4, Timestamp.from(lockedUntil));
            claim.setTimestamp(5, Timestamp.from(now));
            List<ClaimedMail> claimed = new ArrayList<>();
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new ClaimedMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
                            rs.getTimestamp(9).toInstant()));
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("claiming mail deliveries failed", e);
        }
    }

    /** Marks the message sent for good; false if it had left PENDING already. */
    boolean delivered(ClaimedMail mail, Instant at) {
        return update(DELIVERED, statement -> {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setLong(2, mail.id());
        });
    }

    /** Records a failed attempt: due again at {@code next}, or FAILED when {@code next} is null. */
    boolean failed(ClaimedMail mail, String error, Instant next) {
        return update(FAILED_ATTEMPT, statement -> {
            statement.setString(1, next == null ? MailStatus.FAILED.name() : MailStatus.PENDING.name());
            statement.setTimestamp(2, next == null ? null : Timestamp.from(next));
            statement.setString(3, error.length() > 500 ? error.substring(0, 500) : error);
            statement.setLong(4, mail.id());
            statement.setInt(5, mail.attempt());
        });
    }

    private boolean update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("recording a mail delivery failed", e);
        }
    }

    /** Sets a statement's parameters. */
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
