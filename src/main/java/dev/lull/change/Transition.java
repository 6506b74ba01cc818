package dev.lull.change;

import java.util.Set;

/** One row of the transition table: from a status, for some types, an action under a guard leads to a status. */
record Transition(ChangeStatus from, ChangeAction action, Set<ChangeType> types, TransitionGuard guard,
        ChangeStatus to) {

    boolean matches(ChangeStatus status, ChangeType type, ChangeAction requested) {
        return from == status && action == requested && types.contains(type);
    }
}
