package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.runtime.Startup;

import dev.lull.platform.Bytes;
import dev.lull.platform.Caches;
import dev.lull.platform.StampedCache;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.DowntimeBudget;
import dev.lull.schedule.Interval;
import dev.lull.schedule.Timeline;

/**
 * Each host's busy periods over the next {@value #HORIZON_DAYS} days, and whether any downtime budget covers it,
 * read from the timeline once per hour and timeline version instead of on every proposal request. The version
 * moves on every replica whenever blackouts, changes, outages or service levels change, so nothing stale is served.
 * Holds {@value #SHARE} of the cache budget, by estimated bytes.
 */
@ApplicationScoped
@Startup
class BusyCache {
    static final int HORIZON_DAYS = 100;
    static final double SHARE = 0.17;
    private final Timeline timeline;
    private final Instance<DowntimeBudget> budgets;
    private final StampedCache<String, Stamp, Entry> entries;

    BusyCache(Timeline timeline, Instance<DowntimeBudget> budgets, Caches caches) {
        this.timeline = timeline;
        this.budgets = budgets;
        this.entries = caches.stamped("proposal-busy", SHARE, Duration.ofHours(1),
                (host, entry) -> Bytes.string(host) + entry.bytes());
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
        return entries.get(host, new Stamp(version, hour), () -> {
            Interval horizon = new Interval(hour, hour.plus(Duration.ofDays(HORIZON_DAYS)));
            boolean budgeted = budgets.stream().anyMatch(budget -> budget.covers(List.of(host)));
            return new Entry(horizon, timeline.busy(List.of(host), horizon), budgeted);
        });
    }

    /** The hour and timeline version an entry was read under. */
    private record Stamp(long version, Instant hour) {
    }

    /** What was read for one host: its busy periods within the horizon and whether a budget covers it. */
    private record Entry(Interval horizon, List<BusyPeriod> busy, boolean budgeted) {
        long bytes() {
            return Bytes.object(3, 1) + Bytes.object(2, 0) + 2 * Bytes.INSTANT + Bytes.list(busy, BusyCache::bytes);
        }
    }

    private static long bytes(BusyPeriod period) {
        return Bytes.object(5, 1) + Bytes.string(period.host()) + Bytes.object(2, 0) + 2 * Bytes.INSTANT
                + Bytes.string(period.reference()) + Bytes.string(period.label());
    }
}
