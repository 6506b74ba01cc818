package dev.lull.change;

/** How much process a change goes through before it may be carried out. */
public enum ChangeType {
    /** The full path: assessed by the roles, then authorized by a change manager. */
    NORMAL,
    /** Pre-approved routine work: scheduled straight on submit when its window is valid. */
    STANDARD,
    /** Urgent work: skips assessment, needs less notice, may start outside its window and override a blackout. */
    EMERGENCY
}
