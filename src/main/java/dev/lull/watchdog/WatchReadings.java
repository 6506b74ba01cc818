package dev.lull.watchdog;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.availability.AvailabilityConfig;
import dev.lull.change.ChangeRequest;
import dev.lull.inventory.Host;
import dev.lull.load.LoadPoint;
import dev.lull.load.LoadQueries;

/**
 * Reads what the engine needs for a change: its hosts' recent 5-minute bins, their bands and levels tonight (read once
 * an hour, {@link WatchBands}), and the survivors.
 */
@ApplicationScoped
class WatchReadings {
    static final Duration STEP = Duration.ofMinutes(5);
    private final LoadQueries load;
    private final WatchBands bands;
    private final AvailabilityConfig availability;
    private final WatchdogConfig config;

    WatchReadings(LoadQueries load, WatchBands bands, AvailabilityConfig availability, WatchdogConfig config) {
        this.load = load;
        this.bands = bands;
        this.availability = availability;
        this.config = config;
    }

    /** The engine's input for the change at {@code now}, with the bins of {@code lookBack} before it. */
    WatchInput input(ChangeRequest change, Instant now, WatchPolicy policy, WatchState previous, Instant since,
            Duration lookBack) {
        List<Host> hosts = Host.<Host>list("name in ?1 order by name", change.hosts);
        Instant from = now.minus(lookBack).minus(STEP);
        Instant openedAt = OpenWindows.openedAt(change);
        Duration reach = longest(lookBack(policy), config.recent()).plus(STEP);
        List<HostLoad> loads = hosts.stream().map(host -> {
            WatchBands.HostBand band = bands.of(change.id, host, openedAt, now, reach);
            return new HostLoad(host.name, bins(host, from, now), band.band(), band.level());
        }).toList();
        return new WatchInput(now, openedAt, STEP, loads, survivors(hosts, from, now), policy, previous, since);
    }

    /**
     * How far back a decision looks: the calm period plus a span and the half hour before it (the host's level), and the
     * stale-after period.
     */
    static Duration lookBack(WatchPolicy policy) {
        return longest(policy.calm().plus(policy.span()).plus(SpanAverage.REFERENCE), policy.staleAfter());
    }

    private static Duration longest(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private List<Bin> bins(Host host, Instant from, Instant to) {
        return load.series(host.id, ZoneOffset.UTC, from, to.plusNanos(1000), STEP).stream()
                .map(p -> new Bin(p.at(), p.messages())).toList();
    }

    private List<Survivors> survivors(List<Host> changed, Instant from, Instant to) {
        Map<Long, List<Host>> byCluster = new TreeMap<>();
        changed.stream().filter(h -> h.cluster != null).forEach(h -> byCluster.computeIfAbsent(h.cluster.id,
                id -> Host.<Host>list("cluster.id = ?1", id)));
        Set<Long> down = changed.stream().map(h -> h.id).collect(Collectors.toSet());
        List<Survivors> survivors = new ArrayList<>();
        byCluster.values().forEach(members -> {
            double capacity = members.stream().filter(h -> !down.contains(h.id) && h.capacityPerMinute != null)
                    .mapToDouble(h -> h.capacityPerMinute).sum();
            if (capacity > 0) {
                survivors.add(new Survivors(members.get(0).cluster.name, capacity, availability.threshold(),
                        summed(members, from, to)));
            }
        });
        return survivors;
    }

    private List<Bin> summed(List<Host> members, Instant from, Instant to) {
        Map<Instant, Double> sums = new TreeMap<>();
        for (Host host : members) {
            for (LoadPoint point : load.series(host.id, ZoneOffset.UTC, from, to.plusNanos(1000), STEP)) {
                sums.merge(point.at(), point.messages(), Double::sum);
            }
        }
        return sums.entrySet().stream().map(e -> new Bin(e.getKey(), e.getValue())).toList();
    }
}
