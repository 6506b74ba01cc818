package dev.lull.schedule;

import java.time.Duration;

/**
 * What one window would cost one downtime budget: the budget's owner ({@code scope} "host" or "cluster" and its
 * name), its availability target, the period it is measured over (ending when the window ends), the downtime
 * the window adds there, what would remain of the budget, and the availability that would be achieved.
 */
public record BudgetImpact(String scope, String name, double target, Interval period, Duration downtimeAdded,
        Duration budgetRemainingAfter, double projectedAvailability, boolean wouldBreachTarget) {
}
