package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.DowntimeBudget;
import dev.lull.schedule.Interval;
import dev.lull.schedule.Timeline;

/**
 * Each host's busy periods over the next {@value #HORIZON_DAYS} days, and whether any downtime budget covers it,
 * read from the timeline once per hour and timeline version instead of on every proposal request. The version
 * moves on every replica whenever blackouts, changes, outages or service levels change, so nothing stale is served.
 */
@ApplicationScoped
class BusyCache {
    static final int HORIZON_DAYS = 100;
    static final int MAX_HOSTS = 20_000;
    private final Timeline timeline;
    private final Instance<DowntimeBudget> budgets;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    BusyCache(Timeline timeline, Instance<DowntimeBudget> budgets) {
        this.timeline = timeline;
        this.budgets = budgets;
    }

    /** The host's busy periods overlapping {@code period}, by start. */
    List<BusyPeriod> busy(String host, Interval period, long version, Instant hour) {
        Entry entry = entry(host, version, hour);
        if (period.start().isBefore(entry.horizon().start()) || period.end().isAfter(entry.horizon().end())) {
            return timeline.busy(List.of(host), period);
        }
        return entry.busy().stream().filter(p -> p.interval().overlaps(period)).toList();
    }

    /** Whether some downtime budget covers the host (or its cluster), so that windows have an impact to show. */
    boolean budgeted(String host, long version, Instant hour) {
        return entry(host, version, hour).budgeted();
    }

    private Entry entry(String host, long version, Instant hour) {
        Entry entry = entries.get(host);
        if (entry != null && entry.version() == version && entry.horizon().start().equals(hour)) {
            return entry;
        }
        Interval horizon = new Interval(hour, hour.plus(Duration.ofDays(HORIZON_DAYS)));
        boolean budgeted = budgets.stream().anyMatch(budget -> budget.covers(List.of(host)));
        Entry fresh = new Entry(version, horizon, timeline.busy(List.of(host), horizon), budgeted);
        if (entries.size() >= MAX_HOSTS) {
            entries.clear();
        }
        entries.put(host, fresh);
        return fresh;
    }

    /** What was read for one host, and under which version and horizon. */
    private record Entry(long version, Interval horizon, List<BusyPeriod> busy, boolean budgeted) {
    }
}
