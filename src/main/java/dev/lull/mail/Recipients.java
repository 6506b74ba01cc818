package dev.lull.mail;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.lull.change.Approvals;
import dev.lull.change.ChangeStatus;
import dev.lull.platform.NoticeType;

/**
 * Who is told of a change event, and as what. Awaiting approval (submitted, approved): the owners of each pending
 * role, or the change managers while it awaits authorization, never the requester. Scheduled (which an authorization
 * always raises with it): the requester, the approvers, the owners of the plan steps' roles and the hosts' owning
 * teams. A reminder: the owners of the plan steps' roles. Rejected, rescheduled, canceled, started, completed,
 * closed: the requester and everyone involved as for scheduled. Anything else: nobody. A person involved in
 * several ways is told once, under the first part that applies in {@link Part}'s order.
 */
final class Recipients {
    private Recipients() {
    }

    static Map<String, Part> of(NoticeType type, ChangeParties parties) {
        return switch (type) {
            case CHANGE_SUBMITTED, CHANGE_APPROVED -> awaitingDecision(parties);
            case CHANGE_SCHEDULED, CHANGE_REJECTED, CHANGE_RESCHEDULED, CHANGE_CANCELED, CHANGE_STARTED,
                    CHANGE_COMPLETED, CHANGE_CLOSED ->
                involved(parties);
            case CHANGE_WINDOW_REMINDER -> stepOwners(parties, new LinkedHashMap<>());
            default -> Map.of();
        };
    }

    private static Map<String, Part> awaitingDecision(ChangeParties parties) {
        Map<String, Part> to = new LinkedHashMap<>();
        if (parties.status() == ChangeStatus.ASSESS) {
            parties.pendingRoles().forEach(role -> add(to, parties.ownersOf(role), Part.APPROVER_ASKED));
        } else if (parties.status() == ChangeStatus.AUTHORIZE) {
            add(to, parties.ownersOf(Approvals.CHANGE_MANAGER), Part.AUTHORIZER_ASKED);
        }
        to.remove(parties.requester());
        return to;
    }

    private static Map<String, Part> involved(ChangeParties parties) {
        Map<String, Part> to = new LinkedHashMap<>();
        add(to, Set.of(parties.requester()), Part.REQUESTER);
        add(to, parties.deciders(), Part.APPROVER);
        stepOwners(parties, to);
        add(to, parties.teamPeople(), Part.OWNING_TEAM);
        parties.teamRoles().forEach(role -> add(to, parties.ownersOf(role), Part.OWNING_TEAM));
        return to;
    }

    private static Map<String, Part> stepOwners(ChangeParties parties, Map<String, Part> to) {
        parties.stepRoles().forEach(role -> add(to, parties.ownersOf(role), Part.STEP_OWNER));
        return to;
    }

    private static void add(Map<String, Part> to, Collection<String> users, Part part) {
        users.stream().sorted().forEach(user -> to.putIfAbsent(user, part));
    }
}
