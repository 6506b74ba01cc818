package dev.lull.servicelevel;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.inventory.Cluster;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;
import dev.lull.schedule.Interval;

/** Availability reports of a named cluster or host over a requested period. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ServiceLevelReports {
    private final Clock clock;
    private final Scopes scopes;
    private final AvailabilityLedger ledger;
    private final ServiceLevelConfig config;

    ServiceLevelReports(Clock clock, Scopes scopes, AvailabilityLedger ledger, ServiceLevelConfig config) {
        this.clock = clock;
        this.scopes = scopes;
        this.ledger = ledger;
        this.config = config;
    }

    public AvailabilityView ofCluster(String name, String from, String to) {
        Cluster cluster = ClusterCatalog.require(name);
        return report(scopes.of(cluster), ServiceLevel.ofCluster(cluster).map(ServiceLevel::target), from, to);
    }

    public AvailabilityView ofHost(String name, String from, String to) {
        Host host = HostCatalog.require(name);
        return report(scopes.of(host), ServiceLevel.ofHost(host).map(ServiceLevel::target), from, to);
    }

    private AvailabilityView report(Scope scope, Optional<Target> target, String from, String to) {
        Interval period = ReportPeriod.of(from, to, clock.instant(),
                target.map(Target::period).orElse(config.defaultPeriod()), scope.zone(), config.maxRange(),
                config.maxLookBack());
        return ledger.report(scope, target, period);
    }
}
