package dev.lull.loadsource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.lull.platform.Notice;
import dev.lull.platform.NoticeType;

/** How a source's pulls went: each host's status, and its failing episodes, announced once each way. */
@ApplicationScoped
class SourceHealth {
    /** Ends a run: releases the lease and counts consecutive failing runs; null when the lease was lost. */
    private static final String FINISH = """
            update load_source set locked_until = null,
                failing_runs = case when ? then failing_runs + 1 else 0 end
            where id = ? and lease = ?
            returning failing_runs, failing_since""";

    private static final String STATUS = """
            select h.name, p.pulled_until, p.points, p.last_success_at, p.last_error_at, p.last_error
            from load_pull p join host h on h.id = p.host_id where p.source_id = ? order by h.name""";

    private final DataSource dataSource;
    private final Event<Notice> notices;
    private final LoadSourceConfig config;

    SourceHealth(DataSource dataSource, Event<Notice> notices, LoadSourceConfig config) {
        this.dataSource = dataSource;
        this.notices = notices;
        this.config = config;
    }

    /** Ends the run of {@code claim} with the hosts' {@code failures} ("host: reason"), raising a notice on a turn. */
    @Transactional
    void finish(PullStore.Claim claim, List<String> failures, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean announced;
            int failingRuns;
            try (PreparedStatement finish = connection.prepareStatement(FINISH)) {
                finish.setBoolean(1, !failures.isEmpty());
                finish.setLong(2, claim.sourceId());
                finish.setLong(3, claim.lease());
                try (ResultSet rs = finish.executeQuery()) {
                    if (!rs.next()) {
                        return;
                    }
                    failingRuns = rs.getInt(1);
                    announced = rs.getTimestamp(2) != null;
                }
            }
            if (!announced && failingRuns >= config.failingAfter()) {
                setFailingSince(connection, claim.sourceId(), now);
                notices.fire(new Notice(NoticeType.LOAD_SOURCE_FAILING, data(claim, failures, failingRuns)));
            } else if (announced && failures.isEmpty()) {
                setFailingSince(connection, claim.sourceId(), null);
                notices.fire(new Notice(NoticeType.LOAD_SOURCE_RECOVERED, data(claim, failures, 0)));
            }
        }
    }

    private static void setFailingSince(Connection connection, long sourceId, Instant since) throws SQLException {
        try (PreparedStatement update = connection
                .prepareStatement("update load_source set failing_since = ? where id = ?")) {
            update.setTimestamp(1, since == null ? null : Timestamp.from(since));
            update.setLong(2, sourceId);
            update.executeUpdate();
        }
    }

    private static Map<String, Object> data(PullStore.Claim claim, List<String> failures, int failingRuns) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("scope", claim.scope());
        data.put("name", claim.name());
        data.put("url", claim.settings().url().toString());
        data.put("failingRuns", failingRuns);
        data.put("errors", failures.stream().limit(20).toList());
        return data;
    }

    List<LoadSourceView.HostPull> status(long sourceId, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(STATUS)) {
            query.setLong(1, sourceId);
            List<LoadSourceView.HostPull> hosts = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Instant pulledUntil = PullStore.instant(rs, 2);
                    hosts.add(new LoadSourceView.HostPull(rs.getString(1), pulledUntil,
                            pulledUntil == null ? null : Duration.between(pulledUntil, now).toSeconds(), rs.getLong(3),
                            PullStore.instant(rs, 4), PullStore.instant(rs, 5), rs.getString(6)));
                }
            }
            return hosts;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the status of a load source failed", e);
        }
    }

    boolean failing(long sourceId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("select failing_since is not null from load_source where id = ?")) {
            query.setLong(1, sourceId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a load source failed", e);
        }
    }

    /** Forgets how far the source's hosts are pulled, so the next run starts from the backfill again. */
    void forgetProgress(long sourceId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from load_pull where source_id = ?")) {
            delete.setLong(1, sourceId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("resetting a load source failed", e);
        }
    }
}
