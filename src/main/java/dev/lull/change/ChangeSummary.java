package dev.lull.change;

import java.time.Instant;
import java.util.List;

/** A change request as listings show it. */
public record ChangeSummary(long id, String title, ChangeType type, ChangeStatus status, String requester,
        List<String> hosts, WindowBody window, Instant updatedAt) {

    static ChangeSummary of(ChangeRequest change) {
        return new ChangeSummary(change.id, change.title, change.type, change.status, change.requester,
                change.hosts.stream().sorted().toList(), new WindowBody(change.windowStart, change.windowEnd),
                change.updatedAt);
    }
}
