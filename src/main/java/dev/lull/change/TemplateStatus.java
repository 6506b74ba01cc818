package dev.lull.change;

/** Where a standard change template stands: only an ACTIVE one lets STANDARD changes skip assessment. */
public enum TemplateStatus {
    /** Written, not yet approved by a change manager. */
    DRAFT,
    /** Approved: STANDARD changes inside it are scheduled on submit. */
    ACTIVE,
    /** No longer usable by new or rescheduled changes; kept for the changes that referenced it. */
    RETIRED
}
