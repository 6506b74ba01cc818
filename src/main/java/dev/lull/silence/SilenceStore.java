package dev.lull.silence;

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

/** The silence outbox's state changes, each one statement; a worker's writes are fenced by its attempt number. */
@ApplicationScoped
class SilenceStore {
    /** Leases due rows no other worker holds (SKIP LOCKED), counting the attempt. */
    private static final String CLAIM = """
            with due as (
                select id from change_silence
                where next_attempt_at <= ? and (locked_until is null or locked_until <= ?)
                order by next_attempt_at, id limit ? for update skip locked)
            update change_silence s set attempts = s.attempts + 1, locked_until = ?
            from due where s.id = due.id
            returning s.id, s.change_id, s.host, s.alertmanager, s.matchers, s.comment, s.starts_at, s.ends_at,
                      s.wanted, s.silence_id, s.attempts""";

    private static final String DONE = """
            update change_silence set state = ?, silence_id = ?, next_attempt_at = null, locked_until = null,
                last_error = null, updated_at = ?
            where id = ? and attempts = ?""";

    private static final String FAILED = """
            update change_silence set state = ?, next_attempt_at = ?, locked_until = null, last_error = ?,
                updated_at = ?
            where id = ? and attempts = ?""";

    private final DataSource dataSource;

    SilenceStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<DueSilence> claim(Instant now, Instant lockedUntil, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setTimestamp(1, Timestamp.from(now));
            claim.setTimestamp(2, Timestamp.from(now));
            claim.setInt(3, limit);
            claim.setTimestamp(4, Timestamp.from(lockedUntil));
            List<DueSilence> due = new ArrayList<>();
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    due.add(new DueSilence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                            rs.getTimestamp(8).toInstant(), "PRESENT".equals(rs.getString(9)), rs.getString(10),
                            rs.getInt(11)));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("claiming due silences failed", e);
        }
    }

    /** Alertmanager holds what was wanted: SET with {@code silenceId}, or EXPIRED. */
    void done(DueSilence silence, String state, String silenceId, Instant now) {
        update(DONE, state, silenceId, Timestamp.from(now), silence.id(), silence.attempt());
    }

    /** A failed attempt: due again at {@code next}, or given up in {@code finalState} when {@code next} is null. */
    void failed(DueSilence silence, String error, Instant next, String finalState, Instant now) {
        String text = error.length() > 1000 ? error.substring(0, 999) + "…" : error;
        update(FAILED, next == null ? finalState : "WAITING", next == null ? null : Timestamp.from(next), text,
                Timestamp.from(now), silence.id(), silence.attempt());
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording a silence failed", e);
        }
    }

    /** A leased row: what Alertmanager should hold for one change, host and Alertmanager. */
    record DueSilence(long id, long changeId, String host, String alertmanager, String matchers, String comment,
            Instant startsAt, Instant endsAt, boolean present, String silenceId, int attempt) {
    }
}
