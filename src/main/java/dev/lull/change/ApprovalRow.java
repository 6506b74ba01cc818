package dev.lull.change;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored approval of the current round. */
@Embeddable
public class ApprovalRow {
    public String role;
    @Enumerated(EnumType.STRING)
    public ApprovalState state;
    public String decidedBy;
    public Instant decidedAt;
    public String comment;

    static ApprovalRow of(Approval approval) {
        ApprovalRow row = new ApprovalRow();
        row.role = approval.role();
        row.state = approval.state();
        row.decidedBy = approval.decidedBy();
        row.decidedAt = approval.decidedAt();
        row.comment = approval.comment();
        return row;
    }

    Approval approval() {
        return new Approval(role, state, decidedBy, decidedAt, comment);
    }
}
