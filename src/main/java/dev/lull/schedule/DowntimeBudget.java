package dev.lull.schedule;

import java.util.Collection;
import java.util.List;

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
    List<BudgetImpact> impactOf(Collection<String> hosts, Interval window);

    /** Whether any budget applies to these hosts (theirs or their clusters'), so that windows have an impact. */
    boolean covers(Collection<String> hosts);
}
