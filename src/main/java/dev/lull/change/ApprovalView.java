package dev.lull.change;

import java.time.Instant;

/** One approval of the current round as the API shows it. */
public record ApprovalView(String role, ApprovalState state, String decidedBy, Instant decidedAt, String comment) {
    static ApprovalView of(ApprovalRow row) {
        return new ApprovalView(row.role, row.state, row.decidedBy, row.decidedAt, row.comment);
    }
}
