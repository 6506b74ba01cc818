package dev.lull.gate;

/** Whether maintenance may happen now. */
public enum GateState {
    /** Inside the window of a scheduled or running change, and not frozen. */
    OPEN,
    /** Anything else. */
    CLOSED
}
