package dev.lull.proposal;

import java.util.List;
import java.util.Map;

import dev.lull.schedule.BudgetImpact;
import dev.lull.schedule.Interval;

/**
 * One host to plan: its candidate windows (best first, each passing the booking rules), its other scheduled work,
 * during which it counts as unavailable, and what each candidate would cost the downtime budgets.
 */
public record HostOptions(String host, List<Candidate> candidates, List<Interval> busy,
        Map<Candidate, List<BudgetImpact>> impacts) {
    public HostOptions {
        candidates = List.copyOf(candidates);
        busy = List.copyOf(busy);
        impacts = Map.copyOf(impacts);
    }

    public HostOptions(String host, List<Candidate> candidates, List<Interval> busy) {
        this(host, candidates, busy, Map.of());
    }

    /** What the candidate would cost the downtime budgets; empty when none applies. */
    List<BudgetImpact> impactOf(Candidate candidate) {
        return impacts.getOrDefault(candidate, List.of());
    }
}
