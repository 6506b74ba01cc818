package dev.lull.change;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Who may take each action on a change, beside what its status allows; the rest of the rules are the core's. */
final class ChangePermissions {

    private ChangePermissions() {
    }

    /** The actions the caller may take on the change now: what its status allows, narrowed to the caller. */
    static Set<ChangeAction> allowed(ChangeRequest change, Caller caller, RoleOwners owners, Instant now) {
        return filter(ChangeWorkflow.allowedActions(change.status, change.type, change.facts(now)), change, caller,
                owners);
    }

    /** The actions among {@code allowed} that the caller may take on the change. */
    static Set<ChangeAction> filter(Set<ChangeAction> allowed, ChangeRequest change, Caller caller,
            RoleOwners owners) {
        Set<ChangeAction> mine = EnumSet.noneOf(ChangeAction.class);
        allowed.stream().filter(action -> may(action, change, caller, owners)).forEach(mine::add);
        return mine;
    }

    /** Throws {@link NotPermitted} unless the caller may take the action. */
    static void check(ChangeAction action, ChangeRequest change, Caller caller, RoleOwners owners) {
        if (may(action, change, caller, owners)) {
            return;
        }
        String user = caller.username();
        throw switch (action) {
            case APPROVE, REJECT, COMPLETE_STEP -> new NotPermitted(RefusalReason.NOT_A_ROLE_OWNER,
                    user + " owns no role that may " + action + " on change " + change.id + " now");
            case AUTHORIZE, REJECT_AUTHORIZATION -> change.approvalRound().authorizeRefusal(user, owners);
            default -> new NotPermitted(RefusalReason.NOT_INVOLVED,
                    user + " may not " + action + " change " + change.id + ": " + who(action));
        };
    }

    private static boolean may(ChangeAction action, ChangeRequest change, Caller caller, RoleOwners owners) {
        String user = caller.username();
        boolean requester = change.requester.equals(user);
        return switch (action) {
            case EDIT, SUBMIT -> requester || caller.isAdmin();
            case APPROVE, REJECT -> {
                Approvals round = change.approvalRound();
                yield round.pendingRoles().stream().anyMatch(role -> round.canDecide(user, role, owners));
            }
            case AUTHORIZE, REJECT_AUTHORIZATION -> change.approvalRound().mayAuthorize(user, owners);
            case RESCHEDULE, CANCEL -> requester || caller.isChangeManager();
            case START, COMPLETE -> requester || caller.isChangeManager()
                    || change.plan().roles().stream().anyMatch(role -> owners.owns(user, role));
            case COMPLETE_STEP -> change.progress().next().map(step -> owners.owns(user, step.role())).orElse(false);
            case CLOSE, WATCH_OVERRIDE -> caller.isChangeManager();
            case WATCH -> false;
        };
    }

    private static String who(ChangeAction action) {
        return switch (action) {
            case EDIT, SUBMIT -> "only its requester may";
            case RESCHEDULE, CANCEL -> "only its requester or a change manager may";
            case CLOSE -> "only a change manager may";
            default -> "only its requester, an owner of a plan step's role or a change manager may";
        };
    }
}
