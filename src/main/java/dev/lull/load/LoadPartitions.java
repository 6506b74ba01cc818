package dev.lull.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Weekly (Monday 00:00 UTC) partitions of load_sample: created on demand, dropped by retention. */
final class LoadPartitions {
    static final Duration WEEK = Duration.ofDays(7);
    private static final Instant ORIGIN = Instant.parse("2000-01-03T00:00:00Z");
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final long LOCK_KEY = 0x4c756c6c4c6f6164L;

    private LoadPartitions() {
    }

    static Instant weekStart(Instant at) {
        long weeks = Math.floorDiv(Duration.between(ORIGIN, at).toSeconds(), WEEK.toSeconds());
        return ORIGIN.plus(WEEK.multipliedBy(weeks));
    }

    static String name(Instant weekStart) {
        return "load_sample_" + LocalDate.ofInstant(weekStart, ZoneOffset.UTC).format(SUFFIX);
    }

    /** The weeks touching [first, last] that have no partition yet. */
    static List<Instant> missing(Connection connection, Instant first, Instant last) throws SQLException {
        List<Instant> weeks = new ArrayList<>();
        for (Instant week = weekStart(first); !week.isAfter(last); week = week.plus(WEEK)) {
            weeks.add(week);
        }
        Set<String> existing = existing(connection, weeks);
        return weeks.stream().filter(w -> !existing.contains(name(w))).toList();
    }

    /**
     * Creates the partitions of {@code weeks} that do not exist yet, one creator at a time. The caller's transaction
     * should end right after: creating a partition locks load_sample against every other ingest and read until then.
     */
    static void create(Connection connection, List<Instant> weeks) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
            for (Instant week : weeks) {
                statement.execute(
                        "create table if not exists " + name(week) + " partition of load_sample for values from ('"
                                + week + "') to ('" + week.plus(WEEK) + "')");
            }
        }
    }

    /** Names of the partitions whose whole week ends at or before {@code cutoff}. */
    static List<String> endingBefore(Connection connection, Instant cutoff) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select c.relname from pg_inherits i "
                        + "join pg_class c on c.oid = i.inhrelid where i.inhparent = 'load_sample'::regclass")) {
            while (rs.next()) {
                String name = rs.getString(1);
                Instant start = LocalDate.parse(name.substring("load_sample_".length()), SUFFIX)
                        .atStartOfDay(ZoneOffset.UTC).toInstant();
                if (!start.plus(WEEK).isAfter(cutoff)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Set<String> existing(Connection connection, List<Instant> weeks) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("select c.relname from pg_inherits i "
                + "join pg_class c on c.oid = i.inhrelid where i.inhparent = 'load_sample'::regclass "
                + "and c.relname = any(?)")) {
            query.setArray(1, connection.createArrayOf("text", weeks.stream().map(LoadPartitions::name).toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
