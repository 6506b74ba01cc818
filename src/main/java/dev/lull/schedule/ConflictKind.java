package dev.lull.schedule;

/** What a change's window conflicts with. */
public enum ConflictKind {
    /** The window overlaps a blackout on one of the change's hosts (an EMERGENCY change may override it). */
    BLACKOUT,
    /** Another scheduled or implementing change overlaps the window on one of the same hosts. */
    HOST_BUSY,
    /** A cluster would fall below its minimum of available hosts at some instant of the window. */
    MIN_AVAILABLE,
    /** The window is shorter than the plan's summed step durations. */
    WINDOW_TOO_SHORT,
    /** The window starts sooner than the change type's minimum notice (a zero notice allows an open window). */
    TOO_SOON,
    /** The window has already ended. */
    IN_PAST,
    /** A non-EMERGENCY window would push a host's or cluster's availability below its target (a DowntimeBudget). */
    DOWNTIME_BUDGET,
    /** The window touches a holiday of one of the hosts (their local date): only ever a warning, never a refusal. */
    HOLIDAY
}
