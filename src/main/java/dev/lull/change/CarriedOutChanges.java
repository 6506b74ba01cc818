package dev.lull.change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.schedule.BusyKind;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.Interval;
import dev.lull.schedule.WorkHistory;

/**
 * When changes actually took their hosts down: actual start to actual end, a change still in IMPLEMENT up to now,
 * one canceled while implementing up to its cancellation.
 */
@ApplicationScoped
public class CarriedOutChanges implements WorkHistory {
    private static final String CARRIED_OUT = """
            select h.host, c.id, c.title, c.actual_start, coalesce(c.actual_end,
                   case when c.status = 'IMPLEMENT' then ? else c.updated_at end) as actual_end
            from change_request c join change_host h on h.change_id = c.id
            where c.actual_start is not null and c.actual_start < ? and h.host = any (?)""";
    private final DataSource dataSource;

    CarriedOutChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<BusyPeriod> carriedOut(Collection<String> hosts, Interval span, Instant now) {
        List<BusyPeriod> periods = new ArrayList<>();
        if (hosts.isEmpty()) {
            return periods;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(CARRIED_OUT)) {
            query.setTimestamp(1, Timestamp.from(now));
            query.setTimestamp(2, Timestamp.from(span.end()));
            query.setArray(3, connection.createArrayOf("text", hosts.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Instant start = later(rs.getTimestamp(4).toInstant(), span.start());
                    Instant end = earlier(earlier(rs.getTimestamp(5).toInstant(), now), span.end());
                    if (start.isBefore(end)) {
                        periods.add(new BusyPeriod(rs.getString(1), new Interval(start, end), BusyKind.CHANGE,
                                String.valueOf(rs.getLong(2)), rs.getString(3), false));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading carried-out changes failed", e);
        }
        return periods;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
