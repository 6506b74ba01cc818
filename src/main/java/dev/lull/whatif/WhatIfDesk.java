package dev.lull.whatif;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.change.ChangeActions;
import dev.lull.change.ChangeRequest;
import dev.lull.change.ChangeType;
import dev.lull.change.Plan;
import dev.lull.change.PlannedChange;
import dev.lull.change.ScheduleCheck;
import dev.lull.inventory.Cluster;
import dev.lull.inventory.Host;
import dev.lull.load.LoadQueries;
import dev.lull.platform.ApiProblem;
import dev.lull.schedule.Conflict;
import dev.lull.schedule.Interval;
import dev.lull.servicelevel.ServiceLevelConfig;
import dev.lull.whatif.WhatIfEngine.PastWindow;
import dev.lull.whatif.WhatIfView.BookingDryRunView;
import dev.lull.whatif.WhatIfView.ClusterReplayView;
import dev.lull.whatif.WhatIfView.HostReplayView;

/**
 * Feeds the what-if engine: the hosts' and their clusters' hourly load in one query, the capacity threshold of
 * service levels, and the booking rules exactly as submit checks them (read only, no lock).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WhatIfDesk {
    private final Clock clock;
    private final LoadQueries load;
    private final ScheduleCheck schedule;
    private final WhatIfConfig config;
    private final ServiceLevelConfig serviceLevels;
    private final WhatIfEngine engine;

    private final ChangeActions changes;

    WhatIfDesk(Clock clock, LoadQueries load, ScheduleCheck schedule, WhatIfConfig config,
            ServiceLevelConfig serviceLevels, ChangeActions changes) {
        this.clock = clock;
        this.changes = changes;
        this.load = load;
        this.schedule = schedule;
        this.config = config;
        this.serviceLevels = serviceLevels;
        this.engine = new WhatIfEngine(config.step(), config.quietShare(), config.busyFactor());
    }

    /** The weeks replayed when none are asked for. */
    public int defaultWeeks() {
        return config.defaultWeeks();
    }

    /** The replay of a window on these hosts, with the booking dry run of a new change of that type. */
    public WhatIfView replay(List<Host> hosts, Interval window, int weeks, ChangeType type) {
        Set<String> names = hosts.stream().map(host -> host.name).collect(Collectors.toSet());
        return replay(hosts, window, weeks, type, () -> schedule.conflicts(new PlannedChange(-1, type, names,
                window, Plan.of(), null), clock.instant()));
    }

    /**
     * The replay of a stored change's window on its hosts, with the change's own booking check as the dry run
     * ({@code weeks} null: the default); 404 for an unknown change, 409 without a window or with one too long.
     */
    public WhatIfView forChange(long id, Integer weeks) {
        ChangeRequest change = ChangeRequest.<ChangeRequest>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("no change with id " + id));
        if (change.windowStart == null || change.windowEnd == null) {
            throw ApiProblem.conflict("change " + id + " has no window yet");
        }
        Duration length = Duration.between(change.windowStart, change.windowEnd);
        if (length.compareTo(config.maxWindow()) > 0) {
            throw ApiProblem.conflict("the window of change " + id + " lasts " + length
                    + "; a what-if replays windows of at most " + config.maxWindow());
        }
        List<Host> hosts = Host.list("name in ?1 order by name", change.hosts);
        if (hosts.isEmpty()) {
            throw ApiProblem.conflict("none of the hosts of change " + id + " exists any more");
        }
        return replay(hosts, new Interval(change.windowStart, change.windowEnd),
                weeks == null ? config.defaultWeeks() : weeks, change.type,
                () -> changes.conflicts(id));
    }

    private WhatIfView replay(List<Host> hosts, Interval window, int weeks, ChangeType type,
            Supplier<List<Conflict>> dryRun) {
        Instant now = clock.instant();
        Set<String> names = hosts.stream().map(host -> host.name).collect(Collectors.toSet());
        List<Host> read = withClusterMembers(hosts);
        Map<String, List<PastWindow>> past = new HashMap<>();
        read.forEach(host -> past.computeIfAbsent(host.timeZone,
                zone -> WhatIfEngine.pastWindows(window, ZoneId.of(zone), now, weeks)));
        Map<String, HourlyLoad> loads = loads(read, past);
        List<HostReplayView> replays = hosts.stream().sorted(Comparator.comparing((Host host) -> host.name))
                .map(host -> HostReplayView.of(host.name, host.zone(), window, engine.replay(past.get(host.timeZone),
                        host.zone(), loads.get(host.name), window.length())))
                .toList();
        List<ClusterReplayView> clusters = clusters(hosts, read, names, past, loads);
        List<Conflict> conflicts = dryRun.get();
        return new WhatIfView(window.start(), window.end(), window.length(), weeks, replays, clusters,
                new BookingDryRunView(type, conflicts.isEmpty(), conflicts));
    }

    /** The hosts and every member of their clusters, refused when that is more than the bound allows. */
    private List<Host> withClusterMembers(List<Host> hosts) {
        Set<Cluster> clusters = hosts.stream().map(host -> host.cluster).filter(c -> c != null)
                .collect(Collectors.toSet());
        Map<String, Host> read = new LinkedHashMap<>();
        hosts.forEach(host -> read.put(host.name, host));
        if (!clusters.isEmpty()) {
            Host.<Host>list("cluster in ?1", clusters).forEach(host -> read.putIfAbsent(host.name, host));
        }
        if (read.size() > config.maxHostsRead()) {
            throw ApiProblem.invalid("hosts", "the hosts and the members of their clusters are " + read.size()
                    + " hosts; a what-if reads at most " + config.maxHostsRead());
        }
        return List.copyOf(read.values());
    }

    /** Every host's hourly load over the span all replays need, in one query. */
    private Map<String, HourlyLoad> loads(List<Host> hosts, Map<String, List<PastWindow>> past) {
        List<Interval> spans = past.entrySet().stream()
                .map(entry -> WhatIfEngine.span(entry.getValue(), ZoneId.of(entry.getKey()))).toList();
        Instant from = spans.stream().map(Interval::start).min(Instant::compareTo).orElseThrow();
        Instant to = spans.stream().map(Interval::end).max(Instant::compareTo).orElseThrow();
        Map<Long, double[]> totals = load.hourlyTotals(ids(hosts), from, to);
        Map<String, HourlyLoad> loads = new HashMap<>();
        hosts.forEach(host -> loads.put(host.name, HourlyLoad.of(from, totals.get(host.id))));
        return loads;
    }

    private static Collection<Long> ids(List<Host> hosts) {
        return hosts.stream().map(host -> host.id).toList();
    }

    private List<ClusterReplayView> clusters(List<Host> hosts, List<Host> read, Set<String> down,
            Map<String, List<PastWindow>> past, Map<String, HourlyLoad> loads) {
        List<ClusterReplayView> views = new ArrayList<>();
        hosts.stream().map(host -> host.cluster).filter(c -> c != null).distinct()
                .sorted(Comparator.comparing((Cluster c) -> c.name)).forEach(cluster -> {
                    Map<String, Double> members = new HashMap<>();
                    read.stream().filter(host -> cluster.equals(host.cluster))
                            .forEach(host -> members.put(host.name, host.capacityPerMinute));
                    String zone = hosts.stream().filter(host -> cluster.equals(host.cluster))
                            .map(host -> host.timeZone).sorted().findFirst().orElseThrow();
                    views.add(
                            ClusterReplayView.of(SurvivorLoad.replay(cluster.name, cluster.minAvailable, members, down,
                                    loads, past.get(zone), serviceLevels.capacityThreshold())));
                });
        return views;
    }

    /** The window of a question, checked: end after start, not longer than the bound. */
    Interval window(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw ApiProblem.invalid("end", "must be after start");
        }
        if (Duration.between(start, end).compareTo(config.maxWindow()) > 0) {
            throw ApiProblem.invalid("end", "the window may last at most " + config.maxWindow());
        }
        return new Interval(start, end);
    }

    Instant now() {
        return clock.instant();
    }
}
