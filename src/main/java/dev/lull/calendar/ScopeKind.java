package dev.lull.calendar;

/** What a feed covers. */
public enum ScopeKind {
    /** The changes naming one host. */
    HOST,
    /** The changes naming any host of one cluster. */
    CLUSTER,
    /** The changes requiring one approval role or with a plan step it owns. */
    ROLE,
    /** The changes one person requests, approves or carries out; every change for a change manager. */
    PERSON,
    /** Every change. */
    ALL
}
