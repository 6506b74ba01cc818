package dev.lull.console;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.lull.change.ChangeActions;
import dev.lull.change.ChangeStatus;
import dev.lull.change.ChangeView;
import dev.lull.platform.ApiProblem;
import dev.lull.schedule.Interval;

/** The conflicts a change page shows, with a caption saying whose they are: a refusal's, or the window's now. */
public record ShownConflicts(String caption, List<ConflictTable.Row> rows) {
    /** The statuses of a change whose window is not booked yet: the booking rules are asked on submit and authorize. */
    private static final Set<ChangeStatus> PENDING = EnumSet.of(ChangeStatus.NEW, ChangeStatus.ASSESS,
            ChangeStatus.AUTHORIZE);

    /** The conflicts a refusal carries, of the window asked; null when it carries none. */
    static ShownConflicts refused(ApiProblem problem, boolean rescheduled, Interval asked, ZoneId zone) {
        List<ConflictTable.Row> rows = ConflictTable.of(problem, asked, zone);
        return rows.isEmpty()
                ? null
                : new ShownConflicts(rescheduled ? "Why the new window was refused" : "Why the window was refused",
                        rows);
    }

    /** Before booking, every rule the window breaks now; once booked, the warnings; null after. */
    static ShownConflicts now(ChangeView change, ChangeActions actions, ZoneId zone) {
        Interval window = ChangePage.window(change);
        if (PENDING.contains(change.status())) {
            return new ShownConflicts("Conflicts of this window with the booking rules now",
                    ConflictTable.rows(actions.conflicts(change.id()), window, zone));
        }
        if (change.warnings() != null) {
            return new ShownConflicts("Booking rules this booked window breaks now",
                    ConflictTable.rows(change.warnings(), window, zone));
        }
        return null;
    }
}
