package dev.lull.mail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.lull.change.ApprovalState;
import dev.lull.change.ChangeRequest;
import dev.lull.change.ChangeStatus;
import dev.lull.change.OwnerView;

/**
 * Who a change involves, read from it once: the requester, the roles whose approval is pending, who decided an
 * approval, the roles of its plan steps, its hosts' owning teams (people and roles), and every role's owners.
 */
record ChangeParties(ChangeStatus status, String requester, Set<String> pendingRoles, Set<String> deciders,
        Set<String> stepRoles, Set<String> teamPeople, Set<String> teamRoles, Map<String, Set<String>> owners) {

    static ChangeParties of(ChangeRequest change, Map<String, Set<String>> owners, List<OwnerView> teams) {
        Set<String> pending = new TreeSet<>();
        Set<String> deciders = new TreeSet<>();
        change.approvals.forEach(approval -> {
            if (approval.state == ApprovalState.PENDING) {
                pending.add(approval.role);
            } else if (approval.decidedBy != null) {
                deciders.add(approval.decidedBy);
            }
        });
        Set<String> steps = new TreeSet<>();
        change.steps.forEach(step -> steps.add(step.role));
        Set<String> teamPeople = new TreeSet<>();
        Set<String> teamRoles = new TreeSet<>();
        teams.forEach(team -> {
            teamPeople.addAll(team.people());
            if (team.role() != null) {
                teamRoles.add(team.role());
            }
        });
        return new ChangeParties(change.status, change.requester, pending, deciders, steps, teamPeople, teamRoles,
                owners);
    }

    Set<String> ownersOf(String role) {
        return owners.getOrDefault(role, Set.of());
    }
}
