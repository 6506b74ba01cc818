package dev.lull.gate;

import java.time.Instant;
import java.util.List;

import dev.lull.schedule.LocalInterval;

/**
 * The gate's answer for a HOST or a CLUSTER: open or closed, why, the change that opens it (its window also in the
 * local time of the host it covers), for a cluster the hosts whose own gates are open, and when the answer next
 * changes.
 */
public record GateView(String target, String kind, GateState state, String reason, GateChange change,
        List<String> openHosts, Instant nextTransition, Instant checkedAt) {

    /** The change whose window opens the gate. */
    public record GateChange(long id, String title, String host, LocalInterval window) {
    }
}
