package dev.lull.mail;

/** Where a message stands; it leaves {@code PENDING} once and for all. */
public enum MailStatus {
    /** Waiting for its next attempt, or being sent under a lease. */
    PENDING,
    /** The SMTP server accepted it; never sent again. */
    DELIVERED,
    /** Every attempt failed until retries ran out. */
    FAILED,
    /** Not sent: the recipient has no e-mail address. */
    SKIPPED
}
