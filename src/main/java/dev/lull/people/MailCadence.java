package dev.lull.people;

/** How a person receives e-mail about changes. */
public enum MailCadence {
    /** One message per event, as it happens. */
    IMMEDIATE,
    /**
     * One message a day, in the person's morning, grouping pending approvals and coming windows. Not offered yet:
     * digests are not sent, so the API refuses it rather than hold messages back that would never go out.
     */
    DIGEST
}
