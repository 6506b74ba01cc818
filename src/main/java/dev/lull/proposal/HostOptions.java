package dev.lull.proposal;

import java.util.List;

import dev.lull.schedule.Interval;

/**
 * One host to plan: its candidate windows (best first, already free of its blackouts) and its other scheduled work,
 * during which it counts as unavailable.
 */
public record HostOptions(String host, List<Candidate> candidates, List<Interval> busy) {
    public HostOptions {
        candidates = List.copyOf(candidates);
        busy = List.copyOf(busy);
    }
}
