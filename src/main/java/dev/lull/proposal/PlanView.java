package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A feasible plan: one window per host, ordered by start, and the total expected load. */
public record PlanView(String cluster, Duration duration, Instant from, Instant to, double totalExpectedMessages,
        List<PlannedWindow> windows) {

    /** The window chosen for one host. */
    public record PlannedWindow(String host, Instant start, Instant end) {
    }
}
