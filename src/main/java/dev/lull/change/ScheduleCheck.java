package dev.lull.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.holiday.HolidayCalendars;
import dev.lull.platform.ApiProblem;
import dev.lull.schedule.BookingCheck;
import dev.lull.schedule.BookingRules;
import dev.lull.schedule.BudgetImpact;
import dev.lull.schedule.Conflict;
import dev.lull.schedule.Interval;

/** Checks a change's window against the schedule's booking rules, one booking at a time, and refuses conflicts. */
@ApplicationScoped
public class ScheduleCheck {
    private static final Set<ChangeStatus> AHEAD = EnumSet.of(ChangeStatus.NEW, ChangeStatus.ASSESS,
            ChangeStatus.AUTHORIZE, ChangeStatus.SCHEDULED);
    private final BookingCheck booking;
    private final HolidayCalendars holidays;

    ScheduleCheck(BookingCheck booking, HolidayCalendars holidays) {
        this.booking = booking;
        this.holidays = holidays;
    }

    /** Throws a 409 problem listing the {@code conflicts} unless the change's window is free. */
    void requireFree(ChangeRequest change, Instant now) {
        requireFree(change, change.window(), now);
    }

    /**
     * Throws a 409 problem listing the {@code conflicts} unless {@code window} is free for the change (its own
     * booked window does not count against it); the change itself is left as it is.
     */
    void requireFree(ChangeRequest change, Interval window, Instant now) {
        booking.lock();
        List<Conflict> conflicts = conflicts(change, window, now);
        if (!conflicts.isEmpty()) {
            throw ApiProblem.conflict("the window of change " + change.id + " has " + conflicts.size()
                    + " conflict(s): " + conflicts.get(0).message()).with("conflicts", conflicts);
        }
    }

    /** Every booking rule the change's window breaks; EMERGENCY changes are not held to downtime budgets. */
    List<Conflict> conflicts(ChangeRequest change, Interval window, Instant now) {
        return conflicts(new PlannedChange(change.id == null ? -1 : change.id, change.type, change.hosts, window,
                change.plan(), change.blackoutOverride), now);
    }

    /**
     * Every booking rule the planned change's window breaks, exactly as submit, authorize and reschedule check it,
     * without the booking lock and without writing: also what a what-if dry run of a submit meets.
     */
    public List<Conflict> conflicts(PlannedChange planned, Instant now) {
        List<Conflict> conflicts = new ArrayList<>(
                ConflictCheck.find(planned, booking.context(planned.hosts(), planned.window()), now,
                        booking.notice()));
        if (planned.type() != ChangeType.EMERGENCY) {
            conflicts.addAll(BookingRules.overBudget(booking.impacts(ConflictCheck.booking(planned,
                    booking.notice()))));
        }
        return conflicts;
    }

    /** What the change's window costs each downtime budget of its hosts and their clusters. */
    List<BudgetImpact> budgetImpact(ChangeRequest change) {
        return booking.impacts(ConflictCheck.booking(change.planned(), booking.notice()));
    }

    /**
     * What a change should know now: the holidays its window touches on its hosts' clocks, until it is carried out;
     * once booked (SCHEDULED), the downtime budgets its window breaks, for instance because a service level was
     * set or tightened after it was booked (none for EMERGENCY changes).
     */
    List<Conflict> warnings(ChangeRequest change) {
        List<Conflict> warnings = new ArrayList<>();
        if (AHEAD.contains(change.status) && change.windowStart != null) {
            Interval window = change.window();
            warnings.addAll(HolidayWarnings.of(window, holidays.of(change.hosts, window.start(), window.end())));
        }
        if (change.status != ChangeStatus.SCHEDULED || change.type == ChangeType.EMERGENCY) {
            return warnings;
        }
        PlannedChange planned = change.planned();
        warnings.addAll(BookingRules.overBudget(booking.impacts(ConflictCheck.booking(planned, booking.notice()))));
        return warnings;
    }
}
