package dev.lull.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of event a feature may raise; webhooks subscribe to them by their dotted {@link #id()}. */
public enum NoticeType {
    /** A change request was submitted for approval. */
    CHANGE_SUBMITTED("change.submitted"),
    /** A role's approval is requested; the data names the role and its owners. */
    CHANGE_APPROVAL_REQUESTED("change.approval-requested"),
    /** A change received all its approvals. */
    CHANGE_APPROVED("change.approved"),
    /** A change was rejected. */
    CHANGE_REJECTED("change.rejected"),
    /** A change manager authorized a change. */
    CHANGE_AUTHORIZED("change.authorized"),
    /** A change's window was put on the timeline. */
    CHANGE_SCHEDULED("change.scheduled"),
    /** A change was moved to another window (its data's to says whether it stays SCHEDULED). */
    CHANGE_RESCHEDULED("change.rescheduled"),
    /** A change's window opens soon. */
    CHANGE_WINDOW_REMINDER("change.window-reminder"),
    /** Implementation of a change started. */
    CHANGE_STARTED("change.started"),
    /** A change was completed. */
    CHANGE_COMPLETED("change.completed"),
    /** A change's review was written and it was closed. */
    CHANGE_CLOSED("change.closed"),
    /** A change was canceled. */
    CHANGE_CANCELED("change.canceled"),
    /** The live load of an open change window went above its expected band (the watchdog). */
    CHANGE_LOAD_ALARM("change.load-alarm"),
    /** The live load of an open change window stayed below its band for the calm period again. */
    CHANGE_LOAD_CALM("change.load-calm"),
    /** A host of an open change window sent no load for the stale-after period. */
    CHANGE_LOAD_UNKNOWN("change.load-unknown"),
    /** A host's average load passed the threshold share of its capacity. */
    LOAD_THRESHOLD_EXCEEDED("load.threshold-exceeded"),
    /** A host's average load fell back below the threshold. */
    LOAD_RECOVERED("load.recovered"),
    /** A load source failed the number of pulls in a row that makes it failing. */
    LOAD_SOURCE_FAILING("load.source-failing"),
    /** A failing load source pulled cleanly again. */
    LOAD_SOURCE_RECOVERED("load.source-recovered"),
    /** A service level's remaining downtime budget runs low. */
    AVAILABILITY_BUDGET_LOW("availability.budget-low");

    private final String id;

    NoticeType(String id) {
        this.id = id;
    }

    /** The type as webhooks name it, such as {@code change.submitted}. */
    public String id() {
        return id;
    }

    /** The type named {@code id}, if there is one. */
    public static Optional<NoticeType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** Every type's id, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(NoticeType::id).toList();
    }
}
