package dev.lull.silence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import dev.lull.platform.Notice;

/**
 * Turns change notices into the silences Alertmanager should hold, as due rows of its outbox (change_silence),
 * in the transaction of the change: scheduled → present over the window, rescheduled → moved (or expired when it
 * needs authorizing again), started → from now, completed or canceled → expired.
 */
@ApplicationScoped
public class SilencePlanner {
    /** The targets of the change's hosts: a host's own, else its cluster's. */
    private static final String TARGETS = """
            select h.name, t.urls, t.matchers from host h
            left join cluster c on c.id = h.cluster_id
            join silencing_target t on (t.scope_kind = 'host' and t.scope_name = h.name)
                or (t.scope_kind = 'cluster' and t.scope_name = c.name and not exists (
                    select 1 from silencing_target o where o.scope_kind = 'host' and o.scope_name = h.name))
            where h.name = any(?)""";

    private static final String WANT_PRESENT = """
            insert into change_silence (change_id, host, alertmanager, matchers, comment, starts_at, ends_at, wanted,
                state, next_attempt_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, 'PRESENT', 'WAITING', ?, ?)
            on conflict (change_id, host, alertmanager) do update set matchers = excluded.matchers,
                comment = excluded.comment, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
                wanted = 'PRESENT', state = case when change_silence.state = 'SET' then 'SET' else 'WAITING' end,
                attempts = 0, next_attempt_at = excluded.next_attempt_at, last_error = null,
                updated_at = excluded.updated_at""";

    private static final String WANT_ABSENT = """
            update change_silence set wanted = 'ABSENT', attempts = 0, next_attempt_at = ?, updated_at = ?
            where change_id = ? and (wanted = 'PRESENT' or next_attempt_at is not null)""";

    private static final String START_NOW = """
            update change_silence set starts_at = least(starts_at, ?), wanted = 'PRESENT', attempts = 0,
                next_attempt_at = ?, updated_at = ?
            where change_id = ? and ends_at > ? and wanted = 'PRESENT'""";

    private final DataSource dataSource;
    private final SilencingTargets targets;
    private final SilenceConfig config;
    private final Clock clock;

    SilencePlanner(DataSource dataSource, SilencingTargets targets, SilenceConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.targets = targets;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(TxType.MANDATORY)
    void onNotice(@Observes Notice notice) throws SQLException {
        long change = ((Number) notice.data().getOrDefault("change", -1L)).longValue();
        Instant now = clock.instant();
        switch (notice.type()) {
            case CHANGE_SCHEDULED -> present(change, notice.data(), now);
            case CHANGE_RESCHEDULED -> {
                if ("SCHEDULED".equals(notice.data().get("to"))) {
                    present(change, notice.data(), now);
                } else {
                    update(WANT_ABSENT, now, now, change);
                }
            }
            case CHANGE_STARTED -> update(START_NOW, now, now, now, change, now);
            case CHANGE_COMPLETED, CHANGE_CANCELED -> update(WANT_ABSENT, now, now, change);
            default -> {
            }
        }
    }

    private void present(long change, Map<String, Object> data, Instant now) throws SQLException {
        @SuppressWarnings("unchecked")
        Map<String, String> window = (Map<String, String>) data.get("window");
        @SuppressWarnings("unchecked")
        List<String> hosts = (List<String>) data.get("hosts");
        if (window == null || hosts == null || hosts.isEmpty()) {
            return;
        }
        String comment = comment(change, String.valueOf(data.get("title")));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(TARGETS);
                PreparedStatement insert = connection.prepareStatement(WANT_PRESENT)) {
            query.setArray(1, connection.createArrayOf("text", hosts.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String host = rs.getString(1);
                    String matchers = targets.json(targets.matchers(rs.getString(3)).stream()
                            .map(m -> m.forHost(host)).toList());
                    for (String url : (String[]) rs.getArray(2).getArray()) {
                        bind(insert, change, host, url, matchers, comment, Instant.parse(window.get("start")),
                                Instant.parse(window.get("end")), now, now);
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private String comment(long change, String title) {
        String text = "Lull change " + change + ": " + title
                + config.publicUrl().map(url -> " " + url.replaceAll("/+$", "") + "/changes/" + change).orElse("");
        return text.length() > 1000 ? text.substring(0, 999) + "…" : text;
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            statement.setObject(i + 1, value instanceof Instant at ? Timestamp.from(at) : value);
        }
    }
}
