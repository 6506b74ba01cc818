package dev.lull.change;

/** Where one required role's approval stands. */
public enum ApprovalState {
    /** Not decided yet. */
    PENDING,
    /** Approved by an owner of the role. */
    APPROVED,
    /** Rejected by an owner of the role. */
    REJECTED,
    /** No longer needed: another role rejected the change first. */
    CANCELLED
}
