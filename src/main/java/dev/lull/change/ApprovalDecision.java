package dev.lull.change;

/** What a role owner decides about a change. */
public enum ApprovalDecision {
    /** The role agrees to the change. */
    APPROVE,
    /** The role refuses the change; it goes back to its requester. */
    REJECT
}
