package dev.lull.schedule;

import java.time.Duration;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.platform.ApiNumbers;
import dev.lull.platform.PeriodView;

/**
 * What one window would cost one downtime budget: the budget's owner ({@code scope} HOST or CLUSTER and its name),
 * its availability target, the period it is measured over (ending when the window ends), the downtime the window
 * adds there, what would remain of the budget or by how much it would be overspent (both zero or more), and the
 * availability that would be achieved.
 */
public record BudgetImpact(String scope, String name,
        @JsonSerialize(using = ApiNumbers.Availability.class) double availabilityTarget, PeriodView period,
        Duration downtimeAdded, Duration budgetRemainingAfter, Duration budgetOverrunAfter,
        @JsonSerialize(using = ApiNumbers.Availability.class) double projectedAvailability,
        boolean wouldBreachTarget) {

    /** The impact from what would be left of the budget, negative when overspent. */
    public static BudgetImpact of(String scope, String name, double availabilityTarget, Interval period,
            Duration downtimeAdded, Duration budgetLeft, double projectedAvailability, boolean wouldBreachTarget) {
        return new BudgetImpact(scope, name, availabilityTarget, new PeriodView(period.start(), period.end()),
                downtimeAdded, budgetLeft.isNegative() ? Duration.ZERO : budgetLeft,
                budgetLeft.isNegative() ? budgetLeft.negated() : Duration.ZERO, projectedAvailability,
                wouldBreachTarget);
    }
}
