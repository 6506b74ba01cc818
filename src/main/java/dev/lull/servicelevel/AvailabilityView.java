package dev.lull.servicelevel;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.platform.ApiNumbers;

/**
 * A scope's availability over a period: the target (when it has a service level), what was achieved up to
 * {@code period.observedUntil}, planned and unplanned downtime, and the budget with what remains of it and by how
 * much it is overspent (both zero or more; only with a target).
 */
public record AvailabilityView(String scope, String name,
        @JsonSerialize(using = ApiNumbers.Availability.class) Double availabilityTarget,
        @JsonSerialize(using = ApiNumbers.Availability.class) double achieved, Duration plannedDowntime,
        Duration unplannedDowntime, Duration budget, Duration budgetRemaining, Duration budgetOverrun,
        PeriodView period) {

    /** The view from what is left of the budget (negative when overspent, null without a target). */
    static AvailabilityView of(String scope, String name, Double availabilityTarget, double achieved,
            Duration plannedDowntime, Duration unplannedDowntime, Duration budget, Duration budgetLeft,
            PeriodView period) {
        return new AvailabilityView(scope, name, availabilityTarget, achieved, plannedDowntime, unplannedDowntime,
                budget, budgetLeft == null ? null : budgetLeft.isNegative() ? Duration.ZERO : budgetLeft,
                budgetLeft == null ? null : budgetLeft.isNegative() ? budgetLeft.negated() : Duration.ZERO, period);
    }

    /** The period measured, in real time; {@code observedUntil} is its end or now, whichever comes first. */
    public record PeriodView(Instant from, Instant to, Instant observedUntil, Duration length, String timeZone) {
    }
}
