package dev.lull.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.lull.change.ChangeAction;
import dev.lull.change.ChangeHistoryEntry;
import dev.lull.change.ChangeStatus;

/**
 * What a change's append-only history says about its calendar event: the SEQUENCE (one per revision that moved its
 * window, its title or its status — edits, reschedules and status changes; creation is 0), whether it was ever
 * submitted (left NEW other than by being canceled) and ever scheduled, and when it was canceled. Refused actions
 * moved nothing and count for none of it.
 */
public record ChangeRevisions(int sequence, boolean everSubmitted, boolean everScheduled, Instant canceledAt) {
    private static final Set<ChangeAction> REVISING = Set.of(ChangeAction.EDIT, ChangeAction.RESCHEDULE);

    /** Folds one change's history lines, oldest first. */
    public static ChangeRevisions of(List<ChangeHistoryEntry> history) {
        int sequence = 0;
        boolean submitted = false;
        boolean scheduled = false;
        Instant canceledAt = null;
        for (ChangeHistoryEntry entry : history) {
            if (entry.refusal != null) {
                continue;
            }
            if (entry.fromStatus != null && (entry.fromStatus != entry.toStatus || REVISING.contains(entry.action))) {
                sequence++;
            }
            submitted |= entry.toStatus != ChangeStatus.NEW && entry.toStatus != ChangeStatus.CANCELED;
            scheduled |= entry.toStatus == ChangeStatus.SCHEDULED;
            if (entry.toStatus == ChangeStatus.CANCELED) {
                canceledAt = entry.at;
            }
        }
        return new ChangeRevisions(sequence, submitted, scheduled, canceledAt);
    }
}
