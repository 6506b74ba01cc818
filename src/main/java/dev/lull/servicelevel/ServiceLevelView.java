package dev.lull.servicelevel;

import java.time.Instant;
import java.time.Period;

/** A service level as the API shows it: whose it is, its target and its period of local days. */
public record ServiceLevelView(String scope, String name, double availabilityTarget, Period period,
        Instant createdAt, Instant updatedAt) {

    static ServiceLevelView of(ServiceLevel level) {
        return new ServiceLevelView(level.host != null ? Scope.HOST : Scope.CLUSTER,
                level.host != null ? level.host.name : level.cluster.name, level.availabilityTarget,
                Period.ofDays(level.periodDays), level.createdAt, level.updatedAt);
    }
}
