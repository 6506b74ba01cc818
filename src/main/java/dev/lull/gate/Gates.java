package dev.lull.gate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

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

    private GateView answer(String target, String kind, List<String> targetHosts) {
        Instant now = clock.instant();
        List<BusyPeriod> periods = timeline.busy(targetHosts, new Interval(now, now.plus(config.horizon())));
        GateDecision decision = GateDecision.at(now, target, periods);
        GateView.GateChange change = decision.change()
                .map(p -> new GateView.GateChange(Long.parseLong(p.reference()), p.label(), p.host(),
                        new GateView.Window(p.interval().start(), p.interval().end())))
                .orElse(null);
        return new GateView(target, kind, decision.state(), decision.reason(), change,
                decision.nextTransition().orElse(null), now);
    }
}
