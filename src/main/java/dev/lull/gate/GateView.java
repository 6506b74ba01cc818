package dev.lull.gate;

import java.time.Instant;
import java.util.List;

import dev.lull.schedule.LocalInterval;

/**
 * The gate's answer for a HOST or a CLUSTER: open, paused or closed, why, the change that opens it (its window also
 * in the local time of the host it covers), for a cluster the hosts whose own gates are open, when the answer next
 * changes, and for a paused window what would reopen it.
 */
public record GateView(String target, String kind, GateState state, String reason, GateChange change,
        List<String> openHosts, Instant nextTransition, Instant checkedAt, String reopensWhen) {

    /** The change whose window opens the gate. */
    public record GateChange(long id, String title, String host, LocalInterval window) {
    }
}
