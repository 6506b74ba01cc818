package dev.lull.gate;

import java.time.Instant;
import java.util.List;

/**
 * The gate's answer: open or closed, why, the change that opens it, for a cluster the hosts whose own gates are open,
 * and when the answer next changes.
 */
public record GateView(String target, String kind, GateState state, String reason, GateChange change,
        List<String> openHosts, Instant nextTransition, Instant checkedAt) {

    /** The change whose window opens the gate. */
    public record GateChange(long id, String title, String host, Window window) {
    }

    /** A change window. */
    public record Window(Instant start, Instant end) {
    }
}
