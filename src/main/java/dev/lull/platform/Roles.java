package dev.lull.platform;

/** The application roles, as given by the embedded users realm or a JWT's {@code groups} claim. */
public final class Roles {
    /** Reads everything. */
    public static final String VIEWER = "viewer";
    /** Creates and edits change requests. */
    public static final String REQUESTER = "requester";
    /** Authorizes changes and manages blackouts. */
    public static final String CHANGE_MANAGER = "change-manager";
    /** Writes load samples (machine accounts). */
    public static final String INGEST = "ingest";
    /** Asks the maintenance gate (machine accounts). */
    public static final String GATE = "gate";
    /** Inventory, roles, webhooks; may do everything. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
