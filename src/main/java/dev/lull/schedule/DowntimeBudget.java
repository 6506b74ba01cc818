package dev.lull.schedule;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A feature that keeps a downtime budget for hosts or clusters (service levels do) implements this; changes ask
 * it before booking a window and proposals show its answer. Callers look up every implementation through
 * {@code Instance<DowntimeBudget>}, so none at all is fine.
 */
public interface DowntimeBudget {
    /**
     * What taking these hosts down during {@code window} would cost each budget it touches (each host and each
     * cluster of theirs that has one); empty when no budget applies.
     */
    default List<BudgetImpact> impactOf(Collection<String> hosts, Interval window) {
        return impactOf(hosts, window, Set.of());
    }

    /**
     * The same, leaving out of the booked downtime the change windows whose busy-period references are in
     * {@code replaced}: a change being rescheduled is not counted at its old window too.
     */
    List<BudgetImpact> impactOf(Collection<String> hosts, Interval window, Set<String> replaced);

    /** Whether any budget applies to these hosts (theirs or their clusters'), so that windows have an impact. */
    boolean covers(Collection<String> hosts);

    /** Those of these hosts that some budget applies to (theirs or their cluster's), by name. */
    Set<String> covered(Collection<String> hosts);
}
