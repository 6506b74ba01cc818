package dev.lull.gate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.HostCatalog;
import dev.lull.schedule.BusyPeriod;
import dev.lull.schedule.Interval;
import dev.lull.schedule.LocalInterval;
import dev.lull.schedule.Timeline;

/**
 * The gate of a host or a cluster now: open inside an approved change window not frozen, paused when a
 * {@link GatePauses} (the load watchdog) pauses that window, else closed.
 */
@ApplicationScoped
public class Gates {
    private final Timeline timeline;
    private final ClusterCatalog clusters;
    private final GateConfig config;
    private final Clock clock;
    private final Instance<GatePauses> pauses;

    Gates(Timeline timeline, ClusterCatalog clusters, GateConfig config, Clock clock, Instance<GatePauses> pauses) {
        this.timeline = timeline;
        this.clusters = clusters;
        this.config = config;
        this.clock = clock;
        this.pauses = pauses;
    }

    /** The gate of a host; 404 for an unknown one. */
    public GateView host(String name) {
        HostCatalog.require(name);
        Instant now = clock.instant();
        return view(name, "HOST", GateDecision.at(now, name, periods(List.of(name), now)), now);
    }

    /**
     * The gate of a cluster as a whole, open only while one change covering all of its hosts is in its window (the
     * answer names the hosts whose own gates are open); 404 for an unknown one.
     */
    public GateView cluster(String name) {
        List<String> hosts = clusters.get(name).body().hosts();
        Instant now = clock.instant();
        return view(name, "CLUSTER", GateDecision.forCluster(now, name, hosts, periods(hosts, now)), now);
    }

    /**
     * The gates of many targets at once (a board): each target's hosts by name, kind HOST or CLUSTER; the
     * timeline is read once for all of them.
     */
    public List<GateView> board(Map<String, List<String>> clusterHosts, List<String> hosts) {
        Instant now = clock.instant();
        Set<String> all = new HashSet<>(hosts);
        clusterHosts.values().forEach(all::addAll);
        List<BusyPeriod> periods = timeline.busy(all, new Interval(now, now.plus(config.horizon())));
        List<GateView> views = new ArrayList<>();
        clusterHosts.forEach((name, members) -> views.add(view(name, "CLUSTER", GateDecision.forCluster(now, name,
                members, periods.stream().filter(p -> members.contains(p.host())).toList()), now)));
        hosts.forEach(name -> views.add(view(name, "HOST", GateDecision.at(now, name, periods.stream()
                .filter(p -> p.host().equals(name)).toList()), now)));
        return views;
    }

    private List<BusyPeriod> periods(List<String> hosts, Instant now) {
        return timeline.busy(hosts, new Interval(now, now.plus(config.horizon())));
    }

    private GateView view(String target, String kind, GateDecision decision, Instant now) {
        Optional<GatePauses.Pause> pause = decision.change().flatMap(p -> paused(Long.parseLong(p.reference())));
        GateView.GateChange change = decision.change()
                .map(p -> new GateView.GateChange(Long.parseLong(p.reference()), p.label(), p.host(),
                        LocalInterval.of(p.interval(), HostCatalog.zones(List.of(p.host())).getOrDefault(p.host(),
                                ZoneOffset.UTC))))
                .orElse(null);
        if (pause.isPresent()) {
            return new GateView(target, kind, GateState.PAUSED, pause.get().reason(), change, decision.openHosts(),
                    decision.nextTransition().orElse(null), now, pause.get().reopensWhen());
        }
        return new GateView(target, kind, decision.state(), decision.reason(), change, decision.openHosts(),
                decision.nextTransition().orElse(null), now, null);
    }

    private Optional<GatePauses.Pause> paused(long changeId) {
        return pauses.stream().map(p -> p.paused(changeId)).flatMap(Optional::stream).findFirst();
    }
}
