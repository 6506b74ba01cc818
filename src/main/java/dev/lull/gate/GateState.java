package dev.lull.gate;

/** Whether maintenance may happen now. */
public enum GateState {
    /** Inside the window of a scheduled or running change, and not frozen. */
    OPEN,
    /** Inside an open window that the load watchdog paused: not now, though the window is open (423). */
    PAUSED,
    /** Anything else. */
    CLOSED
}
