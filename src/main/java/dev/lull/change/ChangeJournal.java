package dev.lull.change;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/** Moves a change to its next status, appends the move to its history and raises the event, in one transaction. */
@ApplicationScoped
public class ChangeJournal {
    private final Event<ChangeTransitioned> events;

    ChangeJournal(Event<ChangeTransitioned> events) {
        this.events = events;
    }

    /** Records a new change, in NEW, as its first history line. */
    void opened(ChangeRequest change, String actor, Instant at) {
        change.status = null;
        record(change, ChangeAction.EDIT, ChangeStatus.NEW, actor, at, "created");
    }

    void record(ChangeRequest change, ChangeAction action, ChangeStatus to, String actor, Instant at,
            String comment) {
        ChangeStatus from = change.status;
        change.status = to;
        change.updatedAt = at;
        if (to == ChangeStatus.SCHEDULED) {
            change.remindedAt = null;
        }
        ChangeHistoryEntry.append(change.id, new ChangeEvent(action, from, to, actor, at, comment, null));
        events.fire(new ChangeTransitioned(change.id, from, to, action, actor, at));
    }

    /** Appends a line that does not move the change (a watch of its window), with the change's status on both sides. */
    public void note(ChangeRequest change, ChangeAction action, String actor, Instant at, String comment) {
        ChangeHistoryEntry.append(change.id, new ChangeEvent(action, change.status, change.status, actor, at, comment,
                null));
    }
}
