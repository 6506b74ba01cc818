package dev.lull.change;

import java.time.Instant;

/** Raised inside the transaction whenever a change's history grows: a transition or a decision. */
public record ChangeTransitioned(long changeId, ChangeStatus from, ChangeStatus to, ChangeAction action,
        String actor, Instant at) {
}
