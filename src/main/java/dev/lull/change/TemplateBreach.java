package dev.lull.change;

/** One way a STANDARD change leaves its template (the API answers 409 listing them). */
public record TemplateBreach(Kind kind, String message) {
    /** What is breached. */
    public enum Kind {
        /** A STANDARD change names no template. */
        TEMPLATE_REQUIRED,
        /** The template named does not exist. */
        TEMPLATE_UNKNOWN,
        /** The template is a draft or retired. */
        TEMPLATE_NOT_ACTIVE,
        /** A host is neither named by the template nor in one of its clusters. */
        HOST_OUT_OF_SCOPE,
        /** The window is longer than the template's maximum duration. */
        DURATION_EXCEEDED,
        /** The plan is not the template's: other steps, roles, order, or a longer step. */
        PLAN_DIFFERS
    }
}
