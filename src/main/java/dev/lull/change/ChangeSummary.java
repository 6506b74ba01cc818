package dev.lull.change;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A change request as listings show it: its approvals summed up and the actions the caller may take now. */
public record ChangeSummary(long id, String title, ChangeType type, ChangeStatus status, Risk risk,
        String requester, List<String> hosts, WindowBody window, ApprovalSummary approvalSummary,
        Set<ChangeAction> allowedActions, Instant updatedAt) {

    static ChangeSummary of(ChangeRequest change, Set<ChangeAction> allowedActions) {
        return new ChangeSummary(change.id, change.title, change.type, change.status, change.risk, change.requester,
                change.hosts.stream().sorted().toList(), new WindowBody(change.windowStart, change.windowEnd),
                ApprovalSummary.of(change), allowedActions, change.updatedAt);
    }
}
