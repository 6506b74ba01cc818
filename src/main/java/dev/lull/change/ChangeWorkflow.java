package dev.lull.change;

import static dev.lull.change.ChangeAction.APPROVE;
import static dev.lull.change.ChangeAction.AUTHORIZE;
import static dev.lull.change.ChangeAction.CANCEL;
import static dev.lull.change.ChangeAction.CLOSE;
import static dev.lull.change.ChangeAction.COMPLETE;
import static dev.lull.change.ChangeAction.COMPLETE_STEP;
import static dev.lull.change.ChangeAction.EDIT;
import static dev.lull.change.ChangeAction.REJECT;
import static dev.lull.change.ChangeAction.REJECT_AUTHORIZATION;
import static dev.lull.change.ChangeAction.RESCHEDULE;
import static dev.lull.change.ChangeAction.START;
import static dev.lull.change.ChangeAction.SUBMIT;
import static dev.lull.change.ChangeStatus.ASSESS;
import static dev.lull.change.ChangeStatus.CANCELED;
import static dev.lull.change.ChangeStatus.CLOSED;
import static dev.lull.change.ChangeStatus.IMPLEMENT;
import static dev.lull.change.ChangeStatus.NEW;
import static dev.lull.change.ChangeStatus.REVIEW;
import static dev.lull.change.ChangeStatus.SCHEDULED;
import static dev.lull.change.ChangeType.EMERGENCY;
import static dev.lull.change.ChangeType.NORMAL;
import static dev.lull.change.ChangeType.STANDARD;
import static dev.lull.change.TransitionGuard.ALL_APPROVALS_IN;
import static dev.lull.change.TransitionGuard.ALWAYS;
import static dev.lull.change.TransitionGuard.APPROVALS_PENDING;
import static dev.lull.change.TransitionGuard.INSIDE_WINDOW;
import static dev.lull.change.TransitionGuard.STEPS_REMAINING;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The change lifecycle as one table; every check and every list of allowed actions is read from it. */
public final class ChangeWorkflow {
    private static final Set<ChangeType> ANY = EnumSet.allOf(ChangeType.class);
    private static final Set<ChangeType> PLANNED = EnumSet.of(NORMAL, STANDARD);
    private static final Set<ChangeType> AUTHORIZED_PER_WINDOW = EnumSet.of(NORMAL, EMERGENCY);

    private static final List<Transition> TABLE = List.of(
            row(NEW, EDIT, ANY, ALWAYS, NEW),
            row(NEW, SUBMIT, EnumSet.of(NORMAL), APPROVALS_PENDING, ASSESS),
            row(NEW, SUBMIT, EnumSet.of(NORMAL), ALL_APPROVALS_IN, ChangeStatus.AUTHORIZE),
            row(NEW, SUBMIT, EnumSet.of(STANDARD), ALWAYS, SCHEDULED),
            row(NEW, SUBMIT, EnumSet.of(EMERGENCY), ALWAYS, ChangeStatus.AUTHORIZE),
            row(ASSESS, APPROVE, ANY, APPROVALS_PENDING, ASSESS),
            row(ASSESS, APPROVE, ANY, ALL_APPROVALS_IN, ChangeStatus.AUTHORIZE),
            row(ASSESS, REJECT, ANY, ALWAYS, NEW),
            row(ChangeStatus.AUTHORIZE, AUTHORIZE, ANY, ALWAYS, SCHEDULED),
            row(ChangeStatus.AUTHORIZE, REJECT_AUTHORIZATION, ANY, ALWAYS, NEW),
            row(SCHEDULED, RESCHEDULE, AUTHORIZED_PER_WINDOW, ALWAYS, ChangeStatus.AUTHORIZE),
            row(SCHEDULED, RESCHEDULE, EnumSet.of(STANDARD), ALWAYS, SCHEDULED),
            row(SCHEDULED, START, PLANNED, INSIDE_WINDOW, IMPLEMENT),
            row(SCHEDULED, START, EnumSet.of(EMERGENCY), ALWAYS, IMPLEMENT),
            row(IMPLEMENT, COMPLETE_STEP, ANY, STEPS_REMAINING, IMPLEMENT),
            row(IMPLEMENT, COMPLETE, ANY, ALWAYS, REVIEW),
            row(REVIEW, CLOSE, ANY, ALWAYS, CLOSED),
            row(NEW, CANCEL, ANY, ALWAYS, CANCELED),
            row(ASSESS, CANCEL, ANY, ALWAYS, CANCELED),
            row(ChangeStatus.AUTHORIZE, CANCEL, ANY, ALWAYS, CANCELED),
            row(SCHEDULED, CANCEL, ANY, ALWAYS, CANCELED),
            row(IMPLEMENT, CANCEL, ANY, ALWAYS, CANCELED));

    private ChangeWorkflow() {
    }

    /** The status the action leads to, or {@link IllegalTransition} naming the status and the allowed actions. */
    public static ChangeStatus next(ChangeStatus status, ChangeType type, ChangeAction action,
            TransitionFacts facts) {
        return find(status, type, action, facts).map(Transition::to)
                .orElseThrow(() -> refusal(status, type, action, facts));
    }

    /** The actions allowed now, in declaration order. */
    public static Set<ChangeAction> allowedActions(ChangeStatus status, ChangeType type, TransitionFacts facts) {
        Set<ChangeAction> allowed = EnumSet.noneOf(ChangeAction.class);
        for (ChangeAction action : ChangeAction.values()) {
            if (find(status, type, action, facts).isPresent()) {
                allowed.add(action);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    /** Whether the action is allowed now. */
    public static boolean isAllowed(ChangeStatus status, ChangeType type, ChangeAction action,
            TransitionFacts facts) {
        return find(status, type, action, facts).isPresent();
    }

    private static Optional<Transition> find(ChangeStatus status, ChangeType type, ChangeAction action,
            TransitionFacts facts) {
        return TABLE.stream()
                .filter(row -> row.matches(status, type, action) && row.guard().holds(facts))
                .findFirst();
    }

    private static IllegalTransition refusal(ChangeStatus status, ChangeType type, ChangeAction action,
            TransitionFacts facts) {
        String unmet = TABLE.stream().filter(row -> row.matches(status, type, action))
                .map(row -> row.guard().description()).findFirst().orElse("");
        return new IllegalTransition(status, type, action, unmet, allowedActions(status, type, facts));
    }

    private static Transition row(ChangeStatus from, ChangeAction action, Set<ChangeType> types,
            TransitionGuard guard, ChangeStatus to) {
        return new Transition(from, action, Set.copyOf(types), guard, to);
    }
}
