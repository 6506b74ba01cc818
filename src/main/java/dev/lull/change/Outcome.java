package dev.lull.change;

/** How an implemented change ended. */
public enum Outcome {
    /** Every goal reached. */
    SUCCESSFUL,
    /** Carried out, but the goals were not reached. */
    UNSUCCESSFUL,
    /** Undone by following the backout plan. */
    BACKED_OUT
}
