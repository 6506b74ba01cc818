package dev.lull.schedule;

/** Why a host is busy. */
public enum BusyKind {
    /** A change freeze: no planned work may happen. */
    BLACKOUT,
    /** The window of a scheduled or running change. */
    CHANGE,
    /** Unplanned downtime. */
    OUTAGE
}
