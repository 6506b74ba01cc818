package dev.lull.change;

/** Why a person may not decide or act on a change. */
public enum RefusalReason {
    /** The change's requester never approves or authorizes it (separation of duties). */
    REQUESTER_MAY_NOT_DECIDE,
    /** Only an owner of a role approves for it, authorizes as change manager, or does its plan steps. */
    NOT_A_ROLE_OWNER,
    /** One person's approval counts for one role per change, and this person already decided for another. */
    ALREADY_DECIDED_FOR_ANOTHER_ROLE,
    /** Whoever approved a change for a role does not also authorize it (separation of duties). */
    APPROVER_MAY_NOT_AUTHORIZE,
    /** Only the requester, an owner of a plan step's role or a change manager may take this step. */
    NOT_INVOLVED
}
