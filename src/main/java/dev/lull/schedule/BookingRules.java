package dev.lull.schedule;

import static dev.lull.schedule.Conflict.details;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.lull.platform.ApiNumbers;

/**
 * The booking rules, the one place both booking (submit, authorize, reschedule) and proposals (candidates, plans)
 * read: minimum notice, blackouts, other booked work on the same hosts, clusters' {@code minAvailable} and
 * downtime budgets. Plain Java over a {@link BookingContext}; {@link BookingCheck} reads the context.
 */
public final class BookingRules {

    private BookingRules() {
    }

    /** Every conflict of the window with the clock, blackouts, other work and clusters; budgets are asked apart. */
    public static List<Conflict> find(Booking booking, BookingContext context, Instant now) {
        List<Conflict> conflicts = new ArrayList<>();
        timing(booking, now).ifPresent(conflicts::add);
        conflicts.addAll(blackouts(booking, context.blackouts()));
        conflicts.addAll(busyHosts(booking, context.booked()));
        conflicts.addAll(shortfalls(booking, context));
        return conflicts;
    }

    /** The downtime budgets the window would break, as conflicts. */
    public static List<Conflict> overBudget(Collection<BudgetImpact> impacts) {
        return impacts.stream().filter(BudgetImpact::wouldBreachTarget).map(BookingRules::overBudget).toList();
    }

    /**
     * When {@code host} may not go down at all within {@code range} because of its cluster: the other members'
     * booked work already leaves no room above {@code minAvailable} (all of the range when the cluster never has).
     * Proposals leave these stretches out before ranking windows.
     */
    public static List<Interval> clusterFull(String host, BookingContext context, Interval range) {
        List<Interval> full = new ArrayList<>();
        for (ClusterLimit cluster : context.clusters()) {
            if (!cluster.hosts().contains(host)) {
                continue;
            }
            Map<String, List<Interval>> downtime = downtime(context.booked(), -1);
            downtime.put(host, new ArrayList<>(List.of(range)));
            new ClusterOccupancy(cluster.hosts(), cluster.minAvailable()).shortfalls(downtime).stream()
                    .map(ClusterShortfall::interval).forEach(full::add);
        }
        return DowntimeTimeline.merge(full);
    }

    private static Optional<Conflict> timing(Booking booking, Instant now) {
        Interval window = booking.window();
        if (!window.end().isAfter(now)) {
            return Optional.of(new Conflict(ConflictKind.IN_PAST,
                    "the window ended at " + window.end() + ", before now (" + now + ")",
                    details("end", window.end(), "now", now)));
        }
        Duration notice = booking.notice();
        Instant earliest = now.plus(notice);
        if (!notice.isZero() && window.start().isBefore(earliest)) {
            return Optional.of(new Conflict(ConflictKind.TOO_SOON,
                    "the window starts at " + window.start() + ", sooner than the " + booking.kind()
                            + " minimum notice of " + notice + " allows (" + earliest + ")",
                    details("start", window.start(), "earliestStart", earliest, "minimumNotice", notice)));
        }
        return Optional.empty();
    }

    private static List<Conflict> blackouts(Booking booking, List<BlackoutWindow> blackouts) {
        if (booking.overridesBlackouts()) {
            return List.of();
        }
        return blackouts.stream()
                .filter(blackout -> blackout.window().overlaps(booking.window()))
                .filter(blackout -> !shared(blackout.hosts(), booking).isEmpty())
                .map(blackout -> new Conflict(ConflictKind.BLACKOUT,
                        "the window overlaps blackout " + blackout.name() + " (" + span(blackout.window())
                                + ") on " + String.join(", ", shared(blackout.hosts(), booking))
                                + booking.blackoutHint(),
                        details("blackout", blackout.name(), "hosts", shared(blackout.hosts(), booking),
                                "start", blackout.window().start(), "end", blackout.window().end())))
                .toList();
    }

    private static List<Conflict> busyHosts(Booking booking, List<BookedWork> booked) {
        return booked.stream()
                .filter(other -> other.changeId() != booking.self())
                .filter(other -> other.window().overlaps(booking.window()))
                .filter(other -> !shared(other.hosts(), booking).isEmpty())
                .map(other -> new Conflict(ConflictKind.HOST_BUSY,
                        "change " + other.changeId() + " (" + other.title() + ", " + span(other.window())
                                + ") also takes down " + String.join(", ", shared(other.hosts(), booking)),
                        details("changeId", other.changeId(), "title", other.title(), "hosts",
                                shared(other.hosts(), booking), "start", other.window().start(), "end",
                                other.window().end())))
                .toList();
    }

    private static List<Conflict> shortfalls(Booking booking, BookingContext context) {
        Map<String, List<Interval>> downtime = downtime(context.booked(), booking.self());
        booking.hosts().forEach(host -> downtime.computeIfAbsent(host, key -> new ArrayList<>())
                .add(booking.window()));
        return context.clusters().stream()
                .filter(cluster -> cluster.hosts().stream().anyMatch(booking.hosts()::contains))
                .flatMap(cluster -> new ClusterOccupancy(cluster.hosts(), cluster.minAvailable())
                        .shortfalls(downtime).stream()
                        .filter(shortfall -> shortfall.hostsDown().stream().anyMatch(booking.hosts()::contains))
                        .map(shortfall -> shortfall(cluster, shortfall)))
                .toList();
    }

    /** The booked work by host, leaving out the change {@code self}. */
    private static Map<String, List<Interval>> downtime(List<BookedWork> booked, long self) {
        Map<String, List<Interval>> downtime = new HashMap<>();
        booked.stream().filter(other -> other.changeId() != self).forEach(other -> other.hosts()
                .forEach(host -> downtime.computeIfAbsent(host, key -> new ArrayList<>()).add(other.window())));
        return downtime;
    }

    private static Conflict shortfall(ClusterLimit cluster, ClusterShortfall shortfall) {
        Interval when = shortfall.interval();
        return new Conflict(ConflictKind.MIN_AVAILABLE,
                "cluster " + cluster.name() + " would have " + shortfall.available() + " of " + cluster.hosts().size()
                        + " hosts available (minimum " + cluster.minAvailable() + ") during " + span(when)
                        + "; down: " + String.join(", ", shortfall.hostsDown()),
                details("cluster", cluster.name(), "start", when.start(), "end", when.end(), "available",
                        shortfall.available(), "minAvailable", cluster.minAvailable(), "hostsDown",
                        shortfall.hostsDown()));
    }

    private static Conflict overBudget(BudgetImpact impact) {
        String scope = impact.scope().toLowerCase(Locale.ROOT);
        return new Conflict(ConflictKind.DOWNTIME_BUDGET, String.format(Locale.ROOT,
                "%s %s would reach %.3f%% availability over %s, below its target of %.3f%%", scope, impact.name(),
                impact.projectedAvailability() * 100,
                span(new Interval(impact.period().from(), impact.period().to())), impact.availabilityTarget() * 100),
                details(scope, impact.name(), "availabilityTarget",
                        ApiNumbers.availability(impact.availabilityTarget()),
                        "projectedAvailability", ApiNumbers.availability(impact.projectedAvailability()),
                        "downtimeAdded", impact.downtimeAdded(), "budgetRemainingAfter", impact.budgetRemainingAfter(),
                        "budgetOverrunAfter", impact.budgetOverrunAfter(), "period", impact.period()));
    }

    private static List<String> shared(Collection<String> hosts, Booking booking) {
        return hosts.stream().filter(booking.hosts()::contains).sorted().toList();
    }

    /** "start .. end" of an interval, as conflict messages write it. */
    public static String span(Interval interval) {
        return interval.start() + " .. " + interval.end();
    }
}
