package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.runtime.Startup;

import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;
import dev.lull.platform.Bytes;
import dev.lull.platform.Caches;
import dev.lull.platform.StampedCache;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.DowntimeBudget;
import dev.lull.schedule.Interval;
import dev.lull.schedule.Timeline;

/**
 * Hosts' busy periods over the next {@value #HORIZON_DAYS} days, and whether any downtime budget covers each, read
 * from the timeline once per hour and timeline version instead of on every proposal request: for a whole cluster at
 * once (its hosts are asked about together, in plans and in turn), for an unclustered host alone. The version moves on
 * every replica whenever blackouts, changes, outages or service levels change, so nothing stale is served. Holds
 * {@value #SHARE} of the cache budget, by estimated bytes.
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
                (scope, entry) -> Bytes.string(scope) + entry.bytes());
    }

    /** The host's busy periods overlapping {@code period}, by start. */
    List<BusyPeriod> busy(Host host, Interval period, long version, Instant hour) {
        Entry entry = entry(host, version, hour);
        if (period.start().isBefore(entry.horizon().start()) || period.end().isAfter(entry.horizon().end())) {
            return timeline.busy(List.of(host.name), period);
        }
        return entry.busy().stream().filter(p -> p.host().equals(host.name) && p.interval().overlaps(period)).toList();
    }

    /** Whether some downtime budget covers the host (or its cluster), so that windows have an impact to show. */
    boolean budgeted(Host host, long version, Instant hour) {
        return entry(host, version, hour).budgeted().contains(host.name);
    }

    private Entry entry(Host host, long version, Instant hour) {
        String scope = host.cluster == null ? "host " + host.name : "cluster " + host.cluster.name;
        return entries.get(scope, new Stamp(version, hour), () -> {
            Interval horizon = new Interval(hour, hour.plus(Duration.ofDays(HORIZON_DAYS)));
            List<String> hosts = host.cluster == null ? List.of(host.name) : HostCatalog.memberNames(host.cluster.name);
            Set<String> budgeted = budgets.stream().flatMap(budget -> budget.covered(hosts).stream())
                    .collect(Collectors.toUnmodifiableSet());
            return new Entry(horizon, timeline.busy(hosts, horizon), budgeted);
        });
    }

    /** The hour and timeline version an entry was read under. */
    private record Stamp(long version, Instant hour) {
    }

    /**
     * What was read for a cluster or a host: the busy periods of its hosts within the horizon, and those of its hosts
     * a downtime budget covers.
     */
    private record Entry(Interval horizon, List<BusyPeriod> busy, Set<String> budgeted) {
        long bytes() {
            return Bytes.object(3, 0) + Bytes.object(2, 0) + 2 * Bytes.INSTANT + Bytes.list(busy, BusyCache::bytes)
                    + Bytes.object(1, 4) + Bytes.references(2 * budgeted.size())
                    + budgeted.stream().mapToLong(Bytes::string).sum();
        }
    }

    private static long bytes(BusyPeriod period) {
        return Bytes.object(5, 1) + Bytes.string(period.host()) + Bytes.object(2, 0) + 2 * Bytes.INSTANT
                + Bytes.string(period.reference()) + Bytes.string(period.label());
    }
}
