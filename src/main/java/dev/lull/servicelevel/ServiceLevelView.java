package dev.lull.servicelevel;

import java.time.Instant;
import java.time.Period;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.platform.ApiNumbers;

/** A service level as the API shows it: whose it is (HOST or CLUSTER), its target and its period's length in days. */
public record ServiceLevelView(String scope, String name,
        @JsonSerialize(using = ApiNumbers.Availability.class) double availabilityTarget, Period periodLength,
        Instant createdAt, Instant updatedAt) {

    static ServiceLevelView of(ServiceLevel level) {
        return new ServiceLevelView(level.host != null ? Scope.HOST : Scope.CLUSTER,
                level.host != null ? level.host.name : level.cluster.name, level.availabilityTarget,
                Period.ofDays(level.periodDays), level.createdAt, level.updatedAt);
    }
}
