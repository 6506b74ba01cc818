package dev.lull.watchdog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one decision reads: now, when the window opened, the bins' step, the hosts, the survivors of each cluster
 * the change touches (those with a capacity to judge), the policy, and the previous engine state with the instant it began.
 */
public record WatchInput(Instant now, Instant openedAt, Duration step, List<HostLoad> hosts, List<Survivors> survivors,
        WatchPolicy policy, WatchState previous, Instant previousSince) {
    public WatchInput {
        hosts = List.copyOf(hosts);
        survivors = List.copyOf(survivors);
    }
}
