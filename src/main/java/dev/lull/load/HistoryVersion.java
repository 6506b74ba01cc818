package dev.lull.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A host's history versions (V320, V321): {@code version} moves with every ingest touching the host; {@code settled}
 * only with those that touch hours before {@code hour}, the hour of the last ingest by the ingesting replica's clock;
 * {@code settledBefore} only with those that touch hours before the hour before it. Each is the version at which the
 * history before its cutoff last changed, so what is computed from the history before a cutoff (a fit) holds while
 * {@link #before} that cutoff stays the same: samples of later hours, sent every minute, leave it standing. For any
 * other cutoff, {@code version} answers, which every ingest moves.
 */
public record HistoryVersion(long version, Instant hour, long settled, long settledBefore) {
    /** A host that was never ingested. */
    public static final HistoryVersion NONE = new HistoryVersion(0, Instant.EPOCH, 0, 0);

    /** The columns of {@code load_history_version} that {@link #read} reads, in its order. */
    static final String COLUMNS = "version, date_part('epoch', settled_hour)::bigint, settled, settled_before";

    /** The version of the history before {@code cutoff}: it moves with each ingest that could change it. */
    public long before(Instant cutoff) {
        if (cutoff.equals(hour)) {
            return settled;
        }
        return cutoff.equals(hour.minusSeconds(3600)) ? settledBefore : version;
    }

    /** Whether this is a later state of the host's history than {@code other}: every ingest raises the version. */
    public boolean isAfter(HistoryVersion other) {
        return version > other.version;
    }

    /** The later of the two. */
    public static HistoryVersion later(HistoryVersion a, HistoryVersion b) {
        return b.isAfter(a) ? b : a;
    }

    /** An announcement's fields ({@code <version>:<hour epoch second>:<settled>:<settled before>}, see V321). */
    public static HistoryVersion parse(String version, String hourEpochSecond, String settled, String settledBefore) {
        return new HistoryVersion(Long.parseLong(version), Instant.ofEpochSecond(Long.parseLong(hourEpochSecond)),
                Long.parseLong(settled), Long.parseLong(settledBefore));
    }

    /** The {@link #COLUMNS} at {@code first} and after. */
    static HistoryVersion read(ResultSet rs, int first) throws SQLException {
        return new HistoryVersion(rs.getLong(first), Instant.ofEpochSecond(rs.getLong(first + 1)),
                rs.getLong(first + 2), rs.getLong(first + 3));
    }
}
