package dev.lull.change;

/** How much could go wrong, as the requester judges it. */
public enum Risk {
    /** Routine; easy to back out. */
    LOW,
    /** Some service impact if it fails. */
    MEDIUM,
    /** Wide impact if it fails, or hard to back out. */
    HIGH
}
