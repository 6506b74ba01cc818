package dev.lull.servicelevel;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.inventory.Cluster;
import dev.lull.inventory.Host;

/** Turns hosts and clusters into the scopes availability is measured for, and finds their service levels. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Scopes {

    /** A host as a scope of one, in its own time zone. */
    public Scope of(Host host) {
        return Scope.host(host.name, host.zone());
    }

    /** A cluster with its current members, in the time zone they share (UTC when they differ or it has none). */
    public Scope of(Cluster cluster) {
        List<Host> members = Host.list("cluster", cluster);
        Set<String> zones = new HashSet<>(members.stream().map(host -> host.timeZone).toList());
        ZoneId zone = zones.size() == 1 ? ZoneId.of(zones.iterator().next()) : ZoneOffset.UTC;
        return Scope.cluster(cluster.name, new HashSet<>(members.stream().map(host -> host.name).toList()),
                cluster.minAvailable, zone);
    }

    /** Every host among these, and every cluster of theirs, that has a service level. */
    public List<Commitment> covering(Collection<String> hostNames) {
        if (hostNames.isEmpty()) {
            return List.of();
        }
        List<Commitment> commitments = new ArrayList<>();
        for (ServiceLevel level : ServiceLevel.covering(hostNames)) {
            Scope scope = level.host != null ? of(level.host) : of(level.cluster);
            commitments.add(new Commitment(scope, level.target()));
        }
        return commitments;
    }
}
