package dev.lull.gate;

import java.util.Optional;

/**
 * Something standing above the gate that may pause an open window (the load watchdog): asked for the change that
 * opens a gate, it answers why that change is paused and what would reopen it. The gate imports no implementation.
 */
public interface GatePauses {

    /** The pause of the change's window now, if any. */
    Optional<Pause> paused(long changeId);

    /** Why the window is paused and what would reopen it. */
    record Pause(String reason, String reopensWhen) {
    }
}
