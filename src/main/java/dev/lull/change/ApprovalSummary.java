package dev.lull.change;

import java.util.List;

/** Where a change's current approval round stands, counted by state, with the roles still to decide. */
public record ApprovalSummary(int required, int approved, int pending, int rejected, List<String> pendingRoles) {

    static ApprovalSummary of(ChangeRequest change) {
        List<ApprovalRow> rows = change.approvals;
        return new ApprovalSummary(rows.size(), count(rows, ApprovalState.APPROVED), count(rows, ApprovalState.PENDING),
                count(rows, ApprovalState.REJECTED), change.approvalRound().pendingRoles());
    }

    private static int count(List<ApprovalRow> rows, ApprovalState state) {
        return (int) rows.stream().filter(row -> row.state == state).count();
    }
}
