package dev.lull.change;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import dev.lull.schedule.BudgetImpact;
import dev.lull.schedule.Conflict;

/**
 * The CAB's view of a period: changes by the local day their window starts in their hosts' time zone, with what
 * a board weighs. {@code total} counts the changes in the period; past the limit, {@code truncated} is true.
 */
public record Agenda(Period period, long total, boolean truncated, List<Day> days) {

    /** The period asked for, {@code [from, to)}. */
    public record Period(Instant from, Instant to) {
    }

    /** One local date and the changes whose window starts on it, soonest first. */
    public record Day(LocalDate date, List<Item> changes) {
    }

    /**
     * A change on one day, for the hosts of it in one time zone: window in UTC and in local time with offset,
     * approvals, owning teams, the conflicts booking it would find now (for changes not started yet) and, until
     * it is booked, what booking it would cost each downtime budget.
     */
    public record Item(long id, String title, ChangeType type, ChangeStatus status, Risk risk, String requester,
            String timeZone, List<String> hosts, WindowBody window, OffsetDateTime localStart,
            OffsetDateTime localEnd, ApprovalSummary approvalSummary, List<ApprovalView> approvals,
            List<OwnerView> owners, List<Conflict> conflicts, List<BudgetImpact> budgetImpact,
            Set<ChangeAction> allowedActions) {
    }
}
