package dev.lull.loadsource;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** The puller's state in PostgreSQL: leases on sources, each host's progress and last outcome. */
@ApplicationScoped
class PullStore {
    /** Leases every source no other replica holds; SKIP LOCKED lets concurrent pullers take disjoint sources. */
    private static final String CLAIM = """
            update load_source s set locked_until = ?, lease = s.lease + 1
            where s.id in (select id from load_source where locked_until is null or locked_until <= ?
                           order by id for update skip locked)
            returning s.id, s.lease, s.scope_kind, s.scope_name, s.url, s.query, s.step_seconds, s.backfill_seconds,
                      s.bearer_token, s.basic_username, s.basic_password""";

    /** The hosts a source covers: its host, or its cluster's hosts without a source of their own (host wins). */
    private static final String HOSTS = """
            select h.id, h.name, p.pulled_until
            from load_source s
            join host h on (s.scope_kind = 'host' and h.name = s.scope_name)
                 or (s.scope_kind = 'cluster' and h.cluster_id = (select c.id from cluster c where c.name = s.scope_name)
                     and not exists (select 1 from load_source o where o.scope_kind = 'host' and o.scope_name = h.name))
            left join load_pull p on p.source_id = s.id and p.host_id = h.id
            where s.id = ? order by h.name""";

    /** Renews the lease, and fences: 0 rows when another replica has taken the source meanwhile. */
    private static final String RENEW = "update load_source set locked_until = ? where id = ? and lease = ?";

    private static final String PROGRESS = """
            insert into load_pull (source_id, host_id, pulled_until, points, last_success_at) values (?, ?, ?, ?, ?)
            on conflict (source_id, host_id) do update set pulled_until = excluded.pulled_until,
                points = load_pull.points + excluded.points, last_success_at = excluded.last_success_at,
                last_error = null""";

    private static final String ERROR = """
            insert into load_pull (source_id, host_id, last_error_at, last_error) values (?, ?, ?, ?)
            on conflict (source_id, host_id) do update set last_error_at = excluded.last_error_at,
                last_error = excluded.last_error""";

    private final DataSource dataSource;
    private final SourceCredentials credentials;

    PullStore(DataSource dataSource, SourceCredentials credentials) {
        this.dataSource = dataSource;
        this.credentials = credentials;
    }

    List<Claim> claim(Instant now, Instant lockedUntil) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setTimestamp(1, Timestamp.from(lockedUntil));
            claim.setTimestamp(2, Timestamp.from(now));
            List<Claim> claims = new ArrayList<>();
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    SourceSettings settings = new SourceSettings(URI.create(rs.getString(5)), rs.getString(6),
                            Duration.ofSeconds(rs.getInt(7)), Duration.ofSeconds(rs.getLong(8)),
                            SourceAuth.of(credentials.open(rs.getString(9)), rs.getString(10),
                                    credentials.open(rs.getString(11))));
                    claims.add(new Claim(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), settings));
                }
            }
            return claims;
        } catch (SQLException e) {
            throw new IllegalStateException("claiming load sources failed", e);
        }
    }

    List<HostCursor> hosts(Claim claim) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(HOSTS)) {
            query.setLong(1, claim.sourceId());
            List<HostCursor> hosts = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    hosts.add(new HostCursor(rs.getLong(1), rs.getString(2), instant(rs, 3)));
                }
            }
            return hosts;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the hosts of a load source failed", e);
        }
    }

    /** Records a stored page (in the caller's transaction, with the ingest); throws when the lease was lost. */
    void progress(Claim claim, HostCursor host, Instant pulledUntil, long points, Instant now, Instant lockedUntil)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement renew = connection.prepareStatement(RENEW)) {
                renew.setTimestamp(1, Timestamp.from(lockedUntil));
                renew.setLong(2, claim.sourceId());
                renew.setLong(3, claim.lease());
                if (renew.executeUpdate() != 1) {
                    throw new LeaseLost();
                }
            }
            try (PreparedStatement progress = connection.prepareStatement(PROGRESS)) {
                progress.setLong(1, claim.sourceId());
                progress.setLong(2, host.id());
                progress.setTimestamp(3, Timestamp.from(pulledUntil));
                progress.setLong(4, points);
                progress.setTimestamp(5, Timestamp.from(now));
                progress.executeUpdate();
            }
        }
    }

    void error(Claim claim, HostCursor host, String message, Instant now) {
        String text = message.length() > 1000 ? message.substring(0, 999) + "…" : message;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement error = connection.prepareStatement(ERROR)) {
            error.setLong(1, claim.sourceId());
            error.setLong(2, host.id());
            error.setTimestamp(3, Timestamp.from(now));
            error.setString(4, text);
            error.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording a load source error failed", e);
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A source this replica holds, fenced by its lease number. */
    record Claim(long sourceId, long lease, String scope, String name, SourceSettings settings) {
    }

    /** A host of a source and the last step stored for it (null before the first). */
    record HostCursor(long id, String name, Instant pulledUntil) {
    }

    /** Another replica took the source over: this one stops without recording anything. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("the lease on the load source was lost", null, false, false);
        }
    }
}
