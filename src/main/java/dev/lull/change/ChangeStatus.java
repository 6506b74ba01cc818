package dev.lull.change;

/** Where a change request stands in its lifecycle. */
public enum ChangeStatus {
    /** Drafted by its requester; editable, not yet submitted. */
    NEW,
    /** Submitted; waiting for every required role to approve. */
    ASSESS,
    /** Approved by the roles; waiting for a change manager to authorize its window. */
    AUTHORIZE,
    /** Authorized for its window; waiting to start. */
    SCHEDULED,
    /** Being carried out, step by step. */
    IMPLEMENT,
    /** Carried out with an outcome; waiting for its review. */
    REVIEW,
    /** Reviewed and finished. */
    CLOSED,
    /** Called off with a reason before it was carried out to the end. */
    CANCELED
}
