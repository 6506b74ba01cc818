package dev.lull.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A host's history versions (V320): {@code version} moves with every ingest touching the host; {@code settled} only
 * with those that touch hours before {@code hour}, the hour of the last ingest by the ingesting replica's clock.
 * What is computed from the history before an hour (a fit) holds while {@link #before} that hour stays the same, so
 * samples of the current hour, sent every minute, leave it standing. For any other hour, {@code version} answers,
 * which every ingest moves.
 */
public record HistoryVersion(long version, Instant hour, long settled) {
    /** A host that was never ingested. */
    public static final HistoryVersion NONE = new HistoryVersion(0, Instant.EPOCH, 0);

    /** The columns of {@code load_history_version} that {@link #read} reads, in its order. */
    static final String COLUMNS = "version, date_part('epoch', settled_hour)::bigint, settled";

    /** The version of the history before {@code hourStart}: it moves with each ingest that could change that. */
    public long before(Instant hourStart) {
        return hourStart.equals(hour) ? settled : version;
    }

    /** Whether this is a later state of the host's history than {@code other}: every ingest raises the version. */
    public boolean isAfter(HistoryVersion other) {
        return version > other.version;
    }

    /** The later of the two. */
    public static HistoryVersion later(HistoryVersion a, HistoryVersion b) {
        return b.isAfter(a) ? b : a;
    }

    /** An announcement's fields ({@code <version>:<hour epoch second>:<settled>}, see V320). */
    public static HistoryVersion parse(String version, String hourEpochSecond, String settled) {
        return new HistoryVersion(Long.parseLong(version), Instant.ofEpochSecond(Long.parseLong(hourEpochSecond)),
                Long.parseLong(settled));
    }

    /** The {@link #COLUMNS} at {@code first} and after. */
    static HistoryVersion read(ResultSet rs, int first) throws SQLException {
        return new HistoryVersion(rs.getLong(first), Instant.ofEpochSecond(rs.getLong(first + 1)),
                rs.getLong(first + 2));
    }
}
