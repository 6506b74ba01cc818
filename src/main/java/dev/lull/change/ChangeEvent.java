package dev.lull.change;

import java.time.Instant;

/** One line of a change's audit trail: who did what, when, from which status to which, and why. */
public record ChangeEvent(ChangeAction action, ChangeStatus from, ChangeStatus to, String actor, Instant at,
        String comment) {
}
