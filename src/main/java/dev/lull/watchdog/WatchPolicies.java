package dev.lull.watchdog;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.change.ChangeRequest;
import dev.lull.inventory.Cluster;
import dev.lull.inventory.Host;
import dev.lull.platform.ApiProblem;

/** The watch policy of each cluster: its own row, else the configured defaults. */
@ApplicationScoped
public class WatchPolicies {
    private final WatchdogConfig config;
    private final Clock clock;

    WatchPolicies(WatchdogConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The cluster's policy as it applies (its own, or the defaults), and whether it is its own; 404 if unknown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WatchPolicyView get(String cluster) {
        Cluster found = require(cluster);
        Optional<ClusterWatchPolicy> own = ClusterWatchPolicy.findByIdOptional(found.id);
        return WatchPolicyView.of(cluster, own.map(ClusterWatchPolicy::policy).orElse(config.policy()),
                own.isPresent());
    }

    /** Sets the cluster's policy; 404 for an unknown cluster. */
    @Transactional
    public WatchPolicyView put(String cluster, WatchPolicyBody body, String by) {
        Cluster found = require(cluster);
        ClusterWatchPolicy row = ClusterWatchPolicy.<ClusterWatchPolicy>findByIdOptional(found.id).orElseGet(() -> {
            ClusterWatchPolicy created = new ClusterWatchPolicy();
            created.clusterId = found.id;
            return created;
        });
        row.set(body.policy(config.policy()), by, clock.instant());
        row.persist();
        return WatchPolicyView.of(cluster, row.policy(), true);
    }

    /** The policy a change is watched by: that of the cluster of its first clustered host, else the defaults. */
    WatchPolicy of(ChangeRequest change) {
        return view(change).policy();
    }

    /** The same, as shown: the cluster it comes from (null when no host is clustered) and whether it is its own. */
    WatchPolicyView view(ChangeRequest change) {
        Optional<Cluster> cluster = Host.<Host>list("name in ?1 and cluster is not null order by name", change.hosts)
                .stream().findFirst().map(host -> host.cluster);
        Optional<ClusterWatchPolicy> own = cluster
                .flatMap(c -> ClusterWatchPolicy.<ClusterWatchPolicy>findByIdOptional(c.id));
        return WatchPolicyView.of(cluster.map(c -> c.name).orElse(null),
                own.map(ClusterWatchPolicy::policy).orElse(config.policy()), own.isPresent());
    }

    private static Cluster require(String name) {
        return Cluster.findByName(name).orElseThrow(() -> ApiProblem.notFound("no cluster named '" + name + "'"));
    }
}
