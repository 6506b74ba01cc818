package dev.lull.servicelevel;

import java.time.Duration;
import java.time.Instant;

/**
 * A scope's availability over a period: the target (when it has a service level), what was achieved up to
 * {@code period.observedUntil}, planned and unplanned downtime, and the budget with what remains of it (negative
 * when overspent).
 */
public record AvailabilityView(String scope, String name, Double target, double achieved, Duration plannedDowntime,
        Duration unplannedDowntime, Duration budget, Duration budgetRemaining, PeriodView period) {

    /** The period measured, in real time; {@code observedUntil} is its end or now, whichever comes first. */
    public record PeriodView(Instant from, Instant to, Instant observedUntil, Duration length, String timeZone) {
    }
}
