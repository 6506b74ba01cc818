package dev.lull.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.holiday.HostHolidays;
import dev.lull.inventory.Host;
import dev.lull.schedule.Booking;
import dev.lull.schedule.BookingCheck;
import dev.lull.schedule.BookingContext;
import dev.lull.schedule.BookingRules;
import dev.lull.schedule.BudgetImpact;
import dev.lull.schedule.Interval;

/**
 * Holds proposals to the booking rules of the schedule: what no booking could take is left out before ranking
 * (the cluster's full stretches), and every candidate must then pass the rules as a booking would, the downtime
 * budgets included unless the question allows breaching them.
 */
@ApplicationScoped
class BookableWindows {
    /** How many more candidates than asked for the engine ranks, so that some may be left out. */
    static final int SPARE = 20;
    private final BookingCheck booking;
    private final BookingCache cache;

    BookableWindows(BookingCheck booking, BookingCache cache) {
        this.booking = booking;
        this.cache = cache;
    }

    /**
     * The rules' view of the host over the period: its blackouts, the booked work around it, its clusters; from
     * the cache while the hour and the timeline version hold.
     */
    BookingContext context(Host host, Interval period, long version, Instant hour) {
        return cache.context(host, period, version, hour);
    }

    /** The host's holidays in the period, from the same cache. */
    HostHolidays holidays(Host host, Interval period, long version, Instant hour) {
        return cache.holidays(host, period, version, hour);
    }

    /** When no booking could take the host down because its cluster has no host to spare. */
    List<Interval> closed(String host, BookingContext context, Interval period) {
        return BookingRules.clusterFull(host, context, period);
    }

    /** How many candidates to rank to keep {@code limit} after the rules: a few spare ones. */
    static int breadth(int limit) {
        return limit + SPARE;
    }

    /**
     * The first {@code limit} candidates that pass every booking rule, in their order, each with what it would cost
     * the downtime budgets (empty when none is {@code budgeted}).
     */
    Map<Candidate, List<BudgetImpact>> vet(String host, List<Candidate> candidates, BookingContext context,
            boolean budgeted, boolean allowBudgetBreach, Instant now, int limit) {
        Map<Candidate, List<BudgetImpact>> kept = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            if (kept.size() == limit) {
                break;
            }
            Booking proposed = Booking.proposed(Set.of(host), new Interval(candidate.start(), candidate.end()),
                    booking.notice());
            if (!BookingRules.find(proposed, context, now).isEmpty()) {
                continue;
            }
            List<BudgetImpact> impacts = budgeted ? booking.impacts(proposed) : List.of();
            if (allowBudgetBreach || BookingRules.overBudget(impacts).isEmpty()) {
                kept.put(candidate, new ArrayList<>(impacts));
            }
        }
        return kept;
    }
}
