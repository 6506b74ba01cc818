package dev.lull.servicelevel;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.lull.schedule.BudgetImpact;
import dev.lull.schedule.ClusterOccupancy;
import dev.lull.schedule.ClusterShortfall;
import dev.lull.schedule.DowntimeTimeline;
import dev.lull.schedule.Interval;

/**
 * Availability arithmetic in plain Java: when a scope is down, how much of that was planned, the downtime budget
 * and what one more window would cost it. All lengths are real time, so local days of 23 or 25 hours count as
 * such.
 */
public final class AvailabilityMath {

    private AvailabilityMath() {
    }

    /** The real-time period of {@code days} local days in {@code zone} that ends at {@code end}. */
    public static Interval periodEnding(Instant end, Period days, ZoneId zone) {
        return new Interval(end.atZone(zone).minus(days).toInstant(), end);
    }

    /** When the scope is down within {@code span}: while fewer than {@code minAvailable} of its hosts are up. */
    public static List<Interval> down(Scope scope, Map<String, ? extends Collection<Interval>> downtimeByHost,
            Interval span) {
        if (scope.hosts().size() < scope.minAvailable()) {
            return List.of(span);
        }
        List<Interval> shortfalls = new ClusterOccupancy(scope.hosts(), scope.minAvailable())
                .shortfalls(downtimeByHost).stream().map(ClusterShortfall::interval).toList();
        return clip(DowntimeTimeline.merge(shortfalls), span);
    }

    /**
     * How long the scope was down in {@code span}: planned is the time the planned work alone takes it down, and
     * unplanned the rest of its downtime (so time a host is both in a change and in an outage counts as planned).
     */
    public static DowntimeSplit split(Scope scope, Downtime downtime, Interval span) {
        Duration planned = length(down(scope, downtime.planned(), span));
        Duration all = length(down(scope, downtime.all(), span));
        return new DowntimeSplit(planned, all.minus(planned));
    }

    /** The share of {@code observed} time the scope was up; 1 when nothing was observed. */
    public static double achieved(Duration down, Duration observed) {
        if (observed.isZero() || observed.isNegative()) {
            return 1.0;
        }
        return 1.0 - (double) down.toMillis() / observed.toMillis();
    }

    /** The downtime a target allows over a period: (1 − target) × its real length, to the millisecond. */
    public static Duration budget(double target, Duration period) {
        return Duration.ofMillis(Math.round((1.0 - target) * period.toMillis()));
    }

    /**
     * What downing {@code hosts} during {@code window} costs the scope's budget over {@code period}, given the
     * downtime it already had or has booked there.
     */
    public static BudgetImpact impact(Scope scope, Target target, Downtime known, Collection<String> hosts,
            Interval window, Interval period) {
        Duration before = split(scope, known, period).total();
        Duration after = split(scope, known.plusPlanned(hosts, window), period).total();
        Duration added = after.minus(before);
        double projected = achieved(after, period.length());
        boolean breach = !added.isZero() && projected < target.availability();
        return BudgetImpact.of(scope.kind(), scope.name(), target.availability(), period, added,
                budget(target.availability(), period.length()).minus(after), projected, breach);
    }

    /** The total length of disjoint intervals. */
    public static Duration length(Collection<Interval> disjoint) {
        return disjoint.stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** The parts of the intervals that lie within {@code span}. */
    public static List<Interval> clip(Collection<Interval> intervals, Interval span) {
        List<Interval> inside = new ArrayList<>();
        intervals.forEach(interval -> intersection(interval, span).ifPresent(inside::add));
        return inside;
    }

    /** The common part of two intervals, if they overlap. */
    public static Optional<Interval> intersection(Interval a, Interval b) {
        Instant start = a.start().isAfter(b.start()) ? a.start() : b.start();
        Instant end = a.end().isBefore(b.end()) ? a.end() : b.end();
        return start.isBefore(end) ? Optional.of(new Interval(start, end)) : Optional.empty();
    }
}
