package dev.lull.people;

/** How a person receives e-mail about changes. */
public enum MailCadence {
    /** One message per event, as it happens. */
    IMMEDIATE,
    /** One message a day, in the person's morning, grouping pending approvals and coming windows; none as it happens. */
    DIGEST
}
