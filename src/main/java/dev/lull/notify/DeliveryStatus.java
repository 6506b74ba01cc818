package dev.lull.notify;

/** Where a delivery stands; it leaves {@code PENDING} once and for all. */
public enum DeliveryStatus {
    /** Waiting for its next attempt, or being sent under a lease. */
    PENDING,
    /** A receiver answered 2xx; never sent again. */
    DELIVERED,
    /** Every attempt failed until retries ran out. */
    FAILED
}
