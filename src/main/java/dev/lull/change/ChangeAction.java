package dev.lull.change;

/** What someone can do to a change request; each one maps to one API call. */
public enum ChangeAction {
    /** The requester edits the request ({@code PUT}). */
    EDIT,
    /** The requester submits the request for assessment or scheduling. */
    SUBMIT,
    /** An owner of a required role approves for that role. */
    APPROVE,
    /** An owner of a required role rejects for that role, sending the request back to its requester. */
    REJECT,
    /** A change manager authorizes the change for its window. */
    AUTHORIZE,
    /** A change manager refuses to authorize the change, sending it back to its requester. */
    REJECT_AUTHORIZATION,
    /** The change is moved to another window, which needs authorizing again. */
    RESCHEDULE,
    /** Implementation begins. */
    START,
    /** The next plan step is marked done. */
    COMPLETE_STEP,
    /** Implementation ends with an outcome and the actual start and end. */
    COMPLETE,
    /** The review is written and the change is finished. */
    CLOSE,
    /** The change is called off with a reason. */
    CANCEL,
    /** The load watchdog saw the window's live load move (alarm, calm or unknown); the status stays. */
    WATCH,
    /** A change manager reopened the gate the watchdog paused; the status stays. */
    WATCH_OVERRIDE
}
