package dev.lull.servicelevel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.schedule.BusyKind;
import dev.lull.schedule.Interval;
import dev.lull.schedule.Timeline;

/**
 * The downtime hosts had and have booked. Had, up to now: planned = changes carried out (actual start to actual
 * end; a change still in IMPLEMENT until now; one canceled while implementing until it was canceled), read from
 * the change tables; unplanned = outages. Booked, from now on: change windows and outages on the timeline.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DowntimeRecords {
    private static final String CARRIED_OUT = """
            select h.host, c.actual_start, coalesce(c.actual_end,
                   case when c.status = 'IMPLEMENT' then ? else c.updated_at end) as actual_end
            from change_request c join change_host h on h.change_id = c.id
            where c.actual_start is not null and c.actual_start < ? and h.host = any (?)""";

    private final DataSource dataSource;
    private final Timeline timeline;

    DowntimeRecords(DataSource dataSource, Timeline timeline) {
        this.dataSource = dataSource;
        this.timeline = timeline;
    }

    /** What the hosts had within {@code span}, counting what is still going on up to {@code now}. */
    public Downtime had(Set<String> hosts, Interval span, Instant now) {
        if (hosts.isEmpty()) {
            return Downtime.none();
        }
        Map<String, List<Interval>> unplanned = new HashMap<>();
        for (Outage outage : Outage.overlapping(hosts, span)) {
            outage.lastedUntil(now).flatMap(lasted -> AvailabilityMath.intersection(lasted, span))
                    .ifPresent(lasted -> outage.hosts.stream().filter(hosts::contains)
                            .forEach(host -> add(unplanned, host, lasted)));
        }
        return new Downtime(carriedOut(hosts, span, now), unplanned);
    }

    /**
     * What the timeline holds for the hosts within {@code span}: change windows as planned downtime, outages as
     * unplanned (one still open is taken to last through the span).
     */
    public Downtime booked(Set<String> hosts, Interval span) {
        if (hosts.isEmpty()) {
            return Downtime.none();
        }
        Map<String, List<Interval>> planned = new HashMap<>();
        Map<String, List<Interval>> unplanned = new HashMap<>();
        timeline.busy(hosts, span).stream().filter(period -> period.kind() != BusyKind.BLACKOUT)
                .forEach(period -> AvailabilityMath.intersection(period.interval(), span).ifPresent(booked -> add(
                        period.kind() == BusyKind.CHANGE ? planned : unplanned, period.host(), booked)));
        return new Downtime(planned, unplanned);
    }

    private Map<String, List<Interval>> carriedOut(Set<String> hosts, Interval span, Instant now) {
        Map<String, List<Interval>> planned = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(CARRIED_OUT)) {
            query.setTimestamp(1, Timestamp.from(now));
            query.setTimestamp(2, Timestamp.from(span.end()));
            query.setArray(3, connection.createArrayOf("text", hosts.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String host = rs.getString(1);
                    Instant start = rs.getTimestamp(2).toInstant();
                    Instant end = rs.getTimestamp(3).toInstant();
                    Instant until = end.isBefore(now) ? end : now;
                    if (start.isBefore(until)) {
                        AvailabilityMath.intersection(new Interval(start, until), span)
                                .ifPresent(done -> add(planned, host, done));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading carried-out changes failed", e);
        }
        return planned;
    }

    private static void add(Map<String, List<Interval>> byHost, String host, Interval interval) {
        byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(interval);
    }
}
