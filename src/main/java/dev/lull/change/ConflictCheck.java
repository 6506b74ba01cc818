package dev.lull.change;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.lull.schedule.Booking;
import dev.lull.schedule.BookingContext;
import dev.lull.schedule.BookingRules;
import dev.lull.schedule.Conflict;
import dev.lull.schedule.ConflictKind;
import dev.lull.schedule.MinimumNotice;

/** A change's window against its own plan and against the schedule's booking rules, as one list of conflicts. */
public final class ConflictCheck {

    private ConflictCheck() {
    }

    /** All conflicts, none when the window is fine; {@code change} itself is ignored among the booked work. */
    public static List<Conflict> find(PlannedChange change, BookingContext schedule, Instant now,
            MinimumNotice notice) {
        List<Conflict> conflicts = new ArrayList<>();
        windowLength(change).ifPresent(conflicts::add);
        conflicts.addAll(BookingRules.find(booking(change, notice), schedule, now));
        return conflicts;
    }

    /** The change's window as the booking rules take it: its type's notice and whether it overrides blackouts. */
    static Booking booking(PlannedChange change, MinimumNotice notice) {
        String hint = change.type() == ChangeType.EMERGENCY
                ? "; an EMERGENCY change may override it with a reason"
                : "";
        return new Booking(change.id(), change.hosts(), change.window(), change.type().name(),
                notice.of(change.type().name()), change.overridesBlackouts(), hint);
    }

    private static Optional<Conflict> windowLength(PlannedChange change) {
        Duration window = change.window().length();
        Duration planned = change.plan().totalDuration();
        if (window.compareTo(planned) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Conflict(ConflictKind.WINDOW_TOO_SHORT,
                "the window lasts " + window + ", shorter than the plan's " + planned,
                Conflict.details("window", window, "planned", planned)));
    }
}
