package dev.lull.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads load history: series at 5-minute, hourly or local-daily steps, hour-of-week profiles, recent totals. */
@ApplicationScoped
public class LoadQueries {
    private static final String FIVE_MINUTES = "select date_bin('5 minutes', at, timestamptz '2000-01-01 00:00:00+00'),"
            + " sum(messages), count(*) from load_sample where host_id = ? and at >= ? and at < ? group by 1 order by 1";
    private static final String HOURS = "select hour, total, samples from load_hourly "
            + "where host_id = ? and hour >= ? and hour < ? order by hour";
    private static final String DAYS = "select (hour at time zone ?)::date, sum(total), sum(samples) from load_hourly "
            + "where host_id = ? and hour >= ? and hour < ? group by 1 order by 1";
    private static final String PROFILE = """
            select extract(isodow from hour at time zone ?)::int, extract(hour from hour at time zone ?)::int,
                   percentile_cont(0.5) within group (order by total), percentile_cont(0.9) within group (order by total),
                   avg(total), count(distinct (hour at time zone ?)::date)
            from load_hourly where host_id = ? and hour >= ? and hour < ? group by 1, 2""";
    private static final String RATED_TOTALS = """
            select h.id, h.name, c.name, h.capacity_per_minute, t.messages, t.samples
            from host h left join cluster c on c.id = h.cluster_id
            cross join lateral (select coalesce(sum(s.messages), 0) as messages, count(*) as samples
                                from load_sample s where s.host_id = h.id and s.at >= ? and s.at < ?) t
            where h.capacity_per_minute is not null order by h.id""";

    /**
     * Five-minute totals in one row of arrays, each at its step's index from the start of the range (see
     * {@link WeeklyTotalsRead} for why).
     */
    private static final String FIVE_MINUTE_TOTALS = """
            select array_agg(step), array_agg(total)
            from (select floor(date_part('epoch', date_bin('5 minutes', at, timestamptz '2000-01-01 00:00:00+00') - ?)
                               / 300)::int as step, sum(messages) as total
                  from load_sample where host_id = ? and at >= ? and at < ? group by 1) steps""";
    private static final String HOURS_OF_HOSTS = "select host_id, hour, total from load_hourly "
            + "where host_id = any(?) and hour >= ? and hour < ?";

    private final DataSource dataSource;

    LoadQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Points at {@code step} (PT5M raw, PT1H rollups, P1D local days) in [from, to). */
    public List<LoadPoint> series(long hostId, ZoneId zone, Instant from, Instant to, Duration step) {
        boolean days = step.equals(Duration.ofDays(1));
        String sql = step.equals(Duration.ofMinutes(5)) ? FIVE_MINUTES : days ? DAYS : HOURS;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            int index = 1;
            if (days) {
                query.setString(index++, zone.getId());
            }
            query.setLong(index++, hostId);
            query.setTimestamp(index++, Timestamp.from(from));
            query.setTimestamp(index, Timestamp.from(to));
            List<LoadPoint> points = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Instant at = days
                            ? rs.getObject(1, LocalDate.class).atStartOfDay(zone).toInstant()
                            : rs.getTimestamp(1).toInstant();
                    points.add(new LoadPoint(at, rs.getDouble(2), rs.getLong(3)));
                }
            }
            return points;
        } catch (SQLException e) {
            throw new IllegalStateException("reading load failed", e);
        }
    }

    /**
     * Hourly totals for every hour in [from, to) (both whole hours), NaN where the host sent nothing, with the last
     * of those hours that holds a sample per 5 minutes at least (twelve): before it, no hour's 5-minute series is whole.
     */
    public HourlyTotals hourlyTotals(long hostId, Instant from, Instant to) {
        try (Connection connection = dataSource.getConnection()) {
            return WeeklyTotalsRead.read(connection, hostId, from, to);
        } catch (SQLException e) {
            throw new IllegalStateException("reading load failed", e);
        }
    }

    /**
     * Hourly totals of several hosts for every hour in [from, to) (both whole hours), read in one query: by host id,
     * NaN where the host sent nothing.
     */
    public Map<Long, double[]> hourlyTotals(Collection<Long> hostIds, Instant from, Instant to) {
        int hours = (int) Duration.between(from, to).toHours();
        Map<Long, double[]> totals = new HashMap<>();
        hostIds.forEach(id -> totals.put(id, nans(hours)));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(HOURS_OF_HOSTS)) {
            query.setArray(1, connection.createArrayOf("int8", hostIds.toArray()));
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    int index = (int) Duration.between(from, rs.getTimestamp(2).toInstant()).toHours();
                    totals.get(rs.getLong(1))[index] = rs.getDouble(3);
                }
            }
            return totals;
        } catch (SQLException e) {
            throw new IllegalStateException("reading load failed", e);
        }
    }

    /**
     * Five-minute totals for every slot in [from, to) ({@code from} on a 5-minute boundary), NaN where the host sent
     * nothing.
     */
    public double[] fiveMinuteTotals(long hostId, Instant from, Instant to) {
        double[] totals = nans((int) (Duration.between(from, to).toSeconds() / Duration.ofMinutes(5).toSeconds()));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(FIVE_MINUTE_TOTALS)) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setLong(2, hostId);
            query.setTimestamp(3, Timestamp.from(from));
            query.setTimestamp(4, Timestamp.from(to));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                WeeklyTotalsRead.copySteps(rs, totals);
                return totals;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading load failed", e);
        }
    }

    private static double[] nans(int length) {
        double[] values = new double[length];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    /**
     * The host's history versions ({@link HistoryVersion#NONE} before its first ingest), read fresh from the database:
     * what is computed from the host's history holds while they stay the same, whichever replica took the ingest.
     */
    public HistoryVersion historyVersion(long hostId) {
        return historyVersions(List.of(hostId)).getOrDefault(hostId, HistoryVersion.NONE);
    }

    /**
     * Up to {@code limit} hosts with their time zones, those ingested most often first (the history version counts a
     * host's ingests).
     */
    public Map<Long, String> mostIngestedHosts(int limit) {
        Map<Long, String> hosts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select h.id, h.time_zone from "
                        + "load_history_version v join host h on h.id = v.host_id order by v.version desc, h.id limit ?")) {
            query.setInt(1, limit);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    hosts.put(rs.getLong(1), rs.getString(2));
                }
            }
            return hosts;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the most ingested hosts failed", e);
        }
    }

    /** The history versions of those of {@code hostIds} that have one, read fresh from the database. */
    public Map<Long, HistoryVersion> historyVersions(Collection<Long> hostIds) {
        try (Connection connection = dataSource.getConnection()) {
            return historyVersions(connection, hostIds);
        } catch (SQLException e) {
            throw new IllegalStateException("reading history versions failed", e);
        }
    }

    /** The same, on {@code connection}. */
    public static Map<Long, HistoryVersion> historyVersions(Connection connection, Collection<Long> hostIds)
            throws SQLException {
        Map<Long, HistoryVersion> versions = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select host_id, " + HistoryVersion.COLUMNS + " from load_history_version where host_id = any(?)")) {
            query.setArray(1, connection.createArrayOf("int8", hostIds.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getLong(1), HistoryVersion.read(rs, 2));
                }
            }
        }
        return versions;
    }

    /** The start of the host's most recent raw sample, if any. */
    public Optional<Instant> latestSample(long hostId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("select max(at) from load_sample where host_id = ?")) {
            query.setLong(1, hostId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading load failed", e);
        }
    }

    /** Every host with a capacity, and the messages of its raw samples starting in [from, to). */
    public List<HostLoadTotal> ratedHostTotals(Instant from, Instant to) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(RATED_TOTALS)) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            List<HostLoadTotal> totals = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    totals.add(new HostLoadTotal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getLong(6)));
                }
            }
            return totals;
        } catch (SQLException e) {
            throw new IllegalStateException("reading load totals failed", e);
        }
    }

    /** The 168 hour-of-week buckets of hourly totals in [from, to), in the host's zone. */
    public List<ProfileBucket> profile(long hostId, ZoneId zone, Instant from, Instant to) {
        ProfileBucket[] buckets = new ProfileBucket[168];
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(PROFILE)) {
            query.setString(1, zone.getId());
            query.setString(2, zone.getId());
            query.setString(3, zone.getId());
            query.setLong(4, hostId);
            query.setTimestamp(5, Timestamp.from(from));
            query.setTimestamp(6, Timestamp.from(to));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    int day = rs.getInt(1);
                    int hour = rs.getInt(2);
                    buckets[(day - 1) * 24 + hour] = new ProfileBucket(DayOfWeek.of(day), hour, rs.getDouble(3),
                            rs.getDouble(4), rs.getDouble(5), rs.getInt(6));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the load profile failed", e);
        }
        List<ProfileBucket> all = new ArrayList<>(168);
        for (int i = 0; i < 168; i++) {
            all.add(buckets[i] != null
                    ? buckets[i]
                    : new ProfileBucket(DayOfWeek.of(i / 24 + 1), i % 24, null, null, null, 0));
        }
        return all;
    }
}
