package dev.lull.watchdog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.lull.change.ChangeRequest;
import dev.lull.change.ChangeStatus;
import dev.lull.change.ChangeType;

/** The changes whose windows are open now, as the timeline holds them: SCHEDULED or IMPLEMENT, now inside. */
final class OpenWindows {
    private static final String OPEN = "c.status in ?1 and (c.windowStart <= ?2 or c.actualStart <= ?2) "
            + "and c.windowEnd > ?2";

    private OpenWindows() {
    }

    /** Every change with an open window (one indexed query on status and window). */
    static List<ChangeRequest> at(Instant now) {
        return ChangeRequest.find("select c from ChangeRequest c where " + OPEN, statuses(), now).list();
    }

    /** The changes with an open window on any of these hosts (by id). */
    static List<ChangeRequest> onHosts(Instant now, Collection<Long> hostIds) {
        return ChangeRequest.find("select distinct c from ChangeRequest c join c.hosts h where " + OPEN
                + " and h in (select x.name from Host x where x.id in ?3)", statuses(), now, hostIds).list();
    }

    /** Whether the change's window is open now. */
    static boolean open(ChangeRequest change, Instant now) {
        return statuses().contains(change.status) && !openedAt(change).isAfter(now) && change.windowEnd.isAfter(now);
    }

    /** When the window opened: its start, or an EMERGENCY change's earlier actual start. */
    static Instant openedAt(ChangeRequest change) {
        boolean early = change.type == ChangeType.EMERGENCY && change.actualStart != null
                && change.actualStart.isBefore(change.windowStart);
        return early ? change.actualStart : change.windowStart;
    }

    private static List<ChangeStatus> statuses() {
        return List.of(ChangeStatus.SCHEDULED, ChangeStatus.IMPLEMENT);
    }
}
