package dev.lull.gate;

import java.time.Instant;

/** The gate's answer: open or closed, why, the change that opens it, and when that may next change. */
public record GateView(String target, String kind, GateState state, String reason, GateChange change,
        Instant nextTransition, Instant checkedAt) {

    /** The change whose window opens the gate. */
    public record GateChange(long id, String title, String host, Window window) {
    }

    /** A change window. */
    public record Window(Instant start, Instant end) {
    }
}
