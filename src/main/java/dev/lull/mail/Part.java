package dev.lull.mail;

/** Why a person hears about a change; it decides what the message asks of them. */
enum Part {
    /** Owns a role whose approval is pending. */
    APPROVER_ASKED,
    /** A change manager, while the change waits for authorization. */
    AUTHORIZER_ASKED,
    /** Requested the change. */
    REQUESTER,
    /** Decided an approval of the change. */
    APPROVER,
    /** Owns the role of a plan step. */
    STEP_OWNER,
    /** Is, or owns the role of, the owning team of one of its hosts or their clusters. */
    OWNING_TEAM
}
