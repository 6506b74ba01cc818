package dev.lull.change;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import dev.lull.platform.ApiProblem;

/** An action not allowed in a change's current status (the API answers 409 with the allowed actions). */
public class IllegalTransition extends ApiProblem {
    private final ChangeStatus status;
    private final ChangeType type;
    private final ChangeAction action;
    private final String unmetCondition;
    private final Set<ChangeAction> allowed;

    IllegalTransition(ChangeStatus status, ChangeType type, ChangeAction action, String unmetCondition,
            Set<ChangeAction> allowed) {
        super(409, message(status, type, action, unmetCondition, allowed));
        this.status = status;
        this.type = type;
        this.action = action;
        this.unmetCondition = unmetCondition;
        this.allowed = Collections.unmodifiableSet(inOrder(allowed));
        with("changeStatus", status);
        with("allowedActions", this.allowed);
    }

    /** The change's status (named apart from {@link ApiProblem#status()}, the HTTP status). */
    public ChangeStatus changeStatus() {
        return status;
    }

    public ChangeType type() {
        return type;
    }

    public ChangeAction action() {
        return action;
    }

    /** The actions allowed in the current status (to the caller, once narrowed). */
    public Set<ChangeAction> allowed() {
        return allowed;
    }

    /** The same refusal listing only {@code mine}, the actions the caller may take now. */
    IllegalTransition narrowedTo(Set<ChangeAction> mine) {
        return new IllegalTransition(status, type, action, unmetCondition, mine);
    }

    private static Set<ChangeAction> inOrder(Set<ChangeAction> actions) {
        Set<ChangeAction> ordered = EnumSet.noneOf(ChangeAction.class);
        ordered.addAll(actions);
        return ordered;
    }

    private static String message(ChangeStatus status, ChangeType type, ChangeAction action, String unmetCondition,
            Set<ChangeAction> allowed) {
        String why = unmetCondition.isEmpty() ? "" : " (" + action + " is allowed " + unmetCondition + ")";
        return "a " + type + " change in " + status + " cannot " + action + why + "; allowed now: "
                + (allowed.isEmpty() ? "none" : allowed);
    }
}
