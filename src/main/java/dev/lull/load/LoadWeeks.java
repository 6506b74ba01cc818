package dev.lull.load;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps load_week (V330): a row per host and past week, 168 hourly totals, equal to what load_hourly holds for that
 * week. Ingest deletes the rows of the weeks a batch touches; this job adds, under the same per-host locks as ingest,
 * the missing rows of the past weeks within {@code lull.load.week-rows} (weeks that ended, weeks an ingest touched),
 * and deletes the rows before it. Readers take every hour no row covers from load_hourly, so a missing row costs
 * time, never an answer.
 */
@ApplicationScoped
public class LoadWeeks {
    /** The weeks are those of the raw samples' partitions: from Monday 00:00 UTC on. */
    static final Duration WEEK = LoadPartitions.WEEK;
    private static final Logger LOG = Logger.getLogger(LoadWeeks.class);
    private static final int HOSTS_PER_TRANSACTION = 100;
    private static final long LOCK_KEY = 0x4c756c6c5765656bL;

    /** Builds the rows of the (host_id, week) pairs that the query in %s selects, replacing those that exist. */
    private static final String BUILD = """
            insert into load_week as w (host_id, week, totals, last_whole)
            select p.host_id, p.week, r.totals, r.last_whole
            from (%s) p
            cross join lateral (
                select array_agg(coalesce(h.total, 'NaN') order by i) as totals,
                       coalesce(max(i) filter (where h.samples >= %d), -1) as last_whole
                from generate_series(0, 167) i
                left join load_hourly h on h.host_id = p.host_id and h.hour >= p.week
                    and h.hour < p.week + interval '168 hours' and h.hour = p.week + i * interval '1 hour') r
            on conflict (host_id, week) do update set totals = excluded.totals, last_whole = excluded.last_whole""";
    /**
     * Deletes the rows of every week from each host's first to its last sample of the staged batch (batch_host): the
     * weeks the batch touched, whichever they are. Rebuilding them instead cost a bulk ingest about a tenth more
     * (bench/ingest.sh), as batches sliced by time touch each week more than once.
     */
    private static final String DELETE_TOUCHED = "delete from load_week w using batch_host b where w.host_id = b.host_id"
            + " and w.week >= date_bin('168 hours', b.first, timestamptz '2000-01-03 00:00:00+00') and w.week <= b.last";

    /** The ids of the next hosts after the first parameter (as many as the second), locked as ingest locks them. */
    private static final String LOCK_NEXT_HOSTS = "select array_agg(id order by id) from (select id, "
            + "pg_advisory_xact_lock(1819047020, id::integer) from (select id from host where id > ? order by id "
            + "limit ?) hosts) locked";
    /** The weeks in [second parameter, third] with rollups but no row of the hosts in the first. */
    private static final String ADD_MISSING = BUILD.formatted("""
            select h.id as host_id, wk.week
            from unnest(?::int8[]) h(id)
            cross join generate_series(?::timestamptz, ?::timestamptz, interval '168 hours') wk(week)
            where not exists (select 1 from load_week w where w.host_id = h.id and w.week = wk.week)
              and exists (select 1 from load_hourly l where l.host_id = h.id and l.hour >= wk.week
                          and l.hour < wk.week + interval '168 hours')""", HourlyTotals.SAMPLES_FOR_WHOLE_HOUR);
    private static final String DELETE_BEFORE = "delete from load_week where week < ?";

    private final DataSource dataSource;
    private final Clock clock;
    private final LoadConfig config;

    LoadWeeks(DataSource dataSource, Clock clock, LoadConfig config) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
    }

    /** Within an ingest, under its host locks: deletes the rows of the weeks the staged batch touched. */
    static void forgetTouchedWeeks(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_TOUCHED)) {
            delete.executeUpdate();
        }
    }

    @Scheduled(identity = "load-weeks", every = "{lull.load.week-rows-every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() throws SQLException {
        long started = System.nanoTime();
        Outcome outcome = run();
        LOG.infof("Weekly load rows: %d added, %d removed in %d ms", outcome.added(), outcome.removed(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Adds every missing row of the past weeks within {@code lull.load.week-rows}, a hundred hosts per transaction,
     * and deletes the rows before them; a replica that finds another one running it skips (nothing added or removed).
     */
    public Outcome run() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SessionLock.run(connection, LOCK_KEY, new Outcome(0, 0), this::addAndRemove);
        }
    }

    private Outcome addAndRemove(Connection connection) throws SQLException {
        Instant now = clock.instant();
        Instant first = LoadPartitions.weekStart(now.minus(config.weekRows()));
        Instant last = LoadPartitions.weekStart(now).minus(WEEK);
        long added = 0;
        connection.setAutoCommit(false);
        try {
            for (Long[] hosts = lockNextHosts(connection, 0); hosts.length > 0; hosts = lockNextHosts(connection,
                    hosts[hosts.length - 1])) {
                added += addMissing(connection, hosts, first, last);
                connection.commit();
            }
            long removed = deleteBefore(connection, first);
            connection.commit();
            return new Outcome(added, removed);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Locks the next hosts after {@code after} in id order; their ids, none when there are no more. */
    private static Long[] lockNextHosts(Connection connection, long after) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_NEXT_HOSTS)) {
            lock.setLong(1, after);
            lock.setInt(2, HOSTS_PER_TRANSACTION);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                Array ids = rs.getArray(1);
                return ids == null ? new Long[0] : (Long[]) ids.getArray();
            }
        }
    }

    private static long addMissing(Connection connection, Long[] hosts, Instant first, Instant last)
            throws SQLException {
        if (last.isBefore(first)) {
            return 0;
        }
        try (PreparedStatement add = connection.prepareStatement(ADD_MISSING)) {
            add.setArray(1, connection.createArrayOf("int8", hosts));
            add.setTimestamp(2, Timestamp.from(first));
            add.setTimestamp(3, Timestamp.from(last));
            return add.executeUpdate();
        }
    }

    /** Deletes the rows of weeks that start before {@code cutoff}: past the horizon, or holding removed rollups. */
    static long deleteBefore(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_BEFORE)) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        }
    }

    /** What one run did. */
    public record Outcome(long added, long removed) {
    }
}
