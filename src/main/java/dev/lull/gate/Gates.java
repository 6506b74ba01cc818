package dev.lull.gate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.HostCatalog;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.Interval;
import dev.lull.schedule.Timeline;

/** The gate of a host or a cluster now: open inside an approved change window not frozen, else closed. */
@ApplicationScoped
public class Gates {
    private final Timeline timeline;
    private final ClusterCatalog clusters;
    private final GateConfig config;
    private final Clock clock;

    Gates(Timeline timeline, ClusterCatalog clusters, GateConfig config, Clock clock) {
        this.timeline = timeline;
        this.clusters = clusters;
        this.config = config;
        this.clock = clock;
    }

    /** The gate of a host; 404 for an unknown one. */
    public GateView host(String name) {
        HostCatalog.require(name);
        return answer(name, "host", List.of(name));
    }

    /** The gate of a cluster, open when a change window is open on any of its hosts; 404 for an unknown one. */
    public GateView cluster(String name) {
        return answer(name, "cluster", clusters.get(name).body().hosts());
    }

    /**
     * The gates of many targets at once (a board): each target's hosts by name, kind "host" or "cluster"; the
     * timeline is read once for all of them.
     */
    public List<GateView> board(Map<String, List<String>> clusterHosts, List<String> hosts) {
        Instant now = clock.instant();
        Set<String> all = new HashSet<>(hosts);
        clusterHosts.values().forEach(all::addAll);
        List<BusyPeriod> periods = timeline.busy(all, new Interval(now, now.plus(config.horizon())));
        List<GateView> views = new ArrayList<>();
        clusterHosts.forEach((name, members) -> views.add(decide(name, "cluster", now, periods.stream()
                .filter(p -> members.contains(p.host())).toList())));
        hosts.forEach(name -> views.add(decide(name, "host", now, periods.stream()
                .filter(p -> p.host().equals(name)).toList())));
        return views;
    }

    private GateView answer(String target, String kind, List<String> targetHosts) {
        Instant now = clock.instant();
        return decide(target, kind, now, timeline.busy(targetHosts, new Interval(now, now.plus(config.horizon()))));
    }

    private static GateView decide(String target, String kind, Instant now, List<BusyPeriod> periods) {
        GateDecision decision = GateDecision.at(now, target, periods);
        GateView.GateChange change = decision.change()
                .map(p -> new GateView.GateChange(Long.parseLong(p.reference()), p.label(), p.host(),
                        new GateView.Window(p.interval().start(), p.interval().end())))
                .orElse(null);
        return new GateView(target, kind, decision.state(), decision.reason(), change,
                decision.nextTransition().orElse(null), now);
    }
}
