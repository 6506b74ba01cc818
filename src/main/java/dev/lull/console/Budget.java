package dev.lull.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

import dev.lull.schedule.BudgetImpact;
import dev.lull.servicelevel.AvailabilityView;

/**
 * A host's or cluster's service level as a page reads it: the target in force over its period, what was achieved,
 * and the downtime budget used and left in whole minutes; without a service level only what was achieved.
 */
public record Budget(String name, boolean hasLevel, String target, String achieved, long periodDays,
        long budgetMinutes, long usedMinutes, long remainingMinutes, long overrunMinutes) {

    static Budget of(AvailabilityView view) {
        long days = Math.round(view.period().length().toHours() / 24.0);
        Duration used = view.plannedDowntime().plus(view.unplannedDowntime());
        if (view.availabilityTarget() == null) {
            return new Budget(view.name(), false, "", percent(view.achieved()), days, 0, used.toMinutes(), 0, 0);
        }
        return new Budget(view.name(), true, percent(view.availabilityTarget()), percent(view.achieved()), days,
                view.budget().toMinutes(), used.toMinutes(), view.budgetRemaining().toMinutes(),
                view.budgetOverrun().toMinutes());
    }

    /** The budget in one sentence. */
    public String sentence() {
        if (!hasLevel) {
            return "No service level: no availability target and no downtime budget limit maintenance here. "
                    + "Achieved over the last " + periodDays + " days: " + achieved + " (" + usedMinutes
                    + " min down).";
        }
        String left = overrunMinutes > 0
                ? "overspent by " + overrunMinutes + " min"
                : remainingMinutes + " min remaining";
        return "Target " + target + " over " + periodDays + " days; achieved " + achieved + ". Downtime budget "
                + budgetMinutes + " min: " + usedMinutes + " min used, " + left + ".";
    }

    /** What one window would cost each budget it touches, one sentence per budget. */
    static List<String> impacts(List<BudgetImpact> impacts) {
        if (impacts == null || impacts.isEmpty()) {
            return List.of("no downtime budget applies");
        }
        return impacts.stream().map(Budget::impact).toList();
    }

    private static String impact(BudgetImpact impact) {
        String owner = impact.scope().toLowerCase(java.util.Locale.ROOT) + " " + impact.name();
        String after = impact.wouldBreachTarget()
                ? "would overspend it by " + impact.budgetOverrunAfter().toMinutes() + " min"
                : impact.budgetRemainingAfter().toMinutes() + " min would remain";
        return owner + ": uses " + impact.downtimeAdded().toMinutes() + " min of its budget, " + after + " ("
                + percent(impact.projectedAvailability()) + " projected)";
    }

    /** A share as a percentage with up to three decimals, such as "99.95 %". */
    static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                + " %";
    }
}
