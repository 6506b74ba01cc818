package dev.lull.servicelevel;

import java.time.Instant;
import java.time.Period;

/** A service level as the API shows it: whose it is, its target and its period of local days. */
public record ServiceLevelView(String scope, String name, double availabilityTarget, Period period,
        Instant createdAt, Instant updatedAt) {

    static ServiceLevelView of(ServiceLevel level, Scope scope) {
        return new ServiceLevelView(scope.kind(), scope.name(), level.availabilityTarget,
                Period.ofDays(level.periodDays), level.createdAt, level.updatedAt);
    }
}
