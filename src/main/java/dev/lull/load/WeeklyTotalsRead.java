package dev.lull.load;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a host's hourly totals over a range of whole hours the way a fit needs them: the whole weeks of the range that
 * have a row in load_week from there, 168 totals per row, and every other hour from load_hourly (the range's partial
 * weeks at both ends, the current week, a week the job has not added yet).
 */
final class WeeklyTotalsRead {
    private static final String WEEKS = "select floor(date_part('epoch', week - ?) / 3600)::int, totals, last_whole "
            + "from load_week where host_id = ? and week >= ? and week <= ? order by week";
    /**
     * The hours of the ranges that no week row covers, in one row of arrays (a row per hour cost a fifth of a cold
     * proposal's CPU in the driver's row handling alone), each at its index from the start of the range. Indexes by
     * {@code date_part}, a double, since {@code extract} makes a numeric per row; divided before the cast to an
     * integer, so that no range is too long for one. The third column is the last index whose hour holds twelve
     * samples at least. The parts are given by their first hour and the hour after them, as indexes.
     */
    private static final String HOURS = """
            select array_agg(step), array_agg(total), max(step) filter (where samples >= %d)
            from (select floor(date_part('epoch', h.hour - r.start) / 3600)::int as step, h.total, h.samples
                  from (select ?::timestamptz as start) r
                  cross join unnest(?::int[], ?::int[]) g(first, until)
                  join load_hourly h on h.host_id = ? and h.hour >= r.start + g.first * interval '1 hour'
                      and h.hour < r.start + g.until * interval '1 hour') hours"""
            .formatted(HourlyTotals.SAMPLES_FOR_WHOLE_HOUR);

    private WeeklyTotalsRead() {
    }

    /** Totals for every hour in [from, to) (both whole hours), NaN where the host sent nothing. */
    static HourlyTotals read(Connection connection, long hostId, Instant from, Instant to) throws SQLException {
        double[] totals = new double[(int) Duration.between(from, to).toHours()];
        Arrays.fill(totals, Double.NaN);
        List<Integer> gaps = new ArrayList<>();
        int lastWhole = readWeeks(connection, hostId, from, to, totals, gaps);
        if (!gaps.isEmpty()) {
            lastWhole = Math.max(lastWhole, readHours(connection, hostId, from, gaps, totals));
        }
        return new HourlyTotals(totals, lastWhole);
    }

    /**
     * Copies the rows of the range's whole weeks into {@code totals}, adds to {@code gaps} the first index and the
     * index after each part of the range they leave out, and answers the last whole hour they hold (-1 if none).
     */
    private static int readWeeks(Connection connection, long hostId, Instant from, Instant to, double[] totals,
            List<Integer> gaps) throws SQLException {
        int lastWhole = -1;
        int covered = 0;
        int weekHours = (int) LoadWeeks.WEEK.toHours();
        try (PreparedStatement query = connection.prepareStatement(WEEKS)) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setLong(2, hostId);
            query.setTimestamp(3, Timestamp.from(from));
            query.setTimestamp(4, Timestamp.from(to.minus(LoadWeeks.WEEK)));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    int start = rs.getInt(1);
                    Double[] week = (Double[]) rs.getArray(2).getArray();
                    for (int hour = 0; hour < weekHours; hour++) {
                        totals[start + hour] = week[hour];
                    }
                    int whole = rs.getInt(3);
                    lastWhole = whole < 0 ? lastWhole : start + whole;
                    addGap(gaps, covered, start);
                    covered = start + weekHours;
                }
            }
        }
        addGap(gaps, covered, totals.length);
        return lastWhole;
    }

    private static void addGap(List<Integer> gaps, int first, int until) {
        if (first < until) {
            gaps.add(first);
            gaps.add(until);
        }
    }

    /** Copies the hourly rollups of the gaps into {@code totals}; the last whole hour among them (-1 if none). */
    private static int readHours(Connection connection, long hostId, Instant from, List<Integer> gaps,
            double[] totals) throws SQLException {
        Integer[] firsts = new Integer[gaps.size() / 2];
        Integer[] untils = new Integer[gaps.size() / 2];
        for (int i = 0; i < firsts.length; i++) {
            firsts[i] = gaps.get(2 * i);
            untils[i] = gaps.get(2 * i + 1);
        }
        try (PreparedStatement query = connection.prepareStatement(HOURS)) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setArray(2, connection.createArrayOf("int4", firsts));
            query.setArray(3, connection.createArrayOf("int4", untils));
            query.setLong(4, hostId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                copySteps(rs, totals);
                int lastWhole = rs.getInt(3);
                return rs.wasNull() ? -1 : lastWhole;
            }
        }
    }

    /**
     * Copies the totals of a totals-by-step row (its steps' indexes and totals as arrays in its first two columns,
     * both null when there were none) into {@code totals}, each at its index.
     */
    static void copySteps(ResultSet rs, double[] totals) throws SQLException {
        Array steps = rs.getArray(1);
        if (steps != null) {
            Integer[] indexes = (Integer[]) steps.getArray();
            Double[] values = (Double[]) rs.getArray(2).getArray();
            for (int i = 0; i < indexes.length; i++) {
                totals[indexes[i]] = values[i];
            }
        }
    }
}
