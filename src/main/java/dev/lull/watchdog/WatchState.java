package dev.lull.watchdog;

/** Where the watch of a change stands; the engine decides the first three, people and windows the rest. */
public enum WatchState {
    /** Every host's live load lies within its expected band. */
    QUIET,
    /** A host's load over the span lies above its band, or the survivors of its cluster above their capacity. */
    ALARM,
    /** A host sent no load for the stale-after period while the window is open. */
    UNKNOWN,
    /** A change manager reopened the gate despite the alarm, until the window ends or a new alarm. */
    OVERRIDDEN,
    /** No window of the change is open: nothing is watched. */
    OFF
}
