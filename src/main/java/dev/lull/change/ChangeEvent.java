package dev.lull.change;

import java.time.Instant;

/**
 * One line of a change's audit trail: who did what, when, from which status to which, and why; a refused action
 * names its {@code refusal} and leaves the status where it was.
 */
public record ChangeEvent(ChangeAction action, ChangeStatus from, ChangeStatus to, String actor, Instant at,
        String comment, RefusalReason refusal) {
}
