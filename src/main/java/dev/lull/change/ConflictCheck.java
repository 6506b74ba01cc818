package dev.lull.change;

import static dev.lull.change.Conflict.details;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.lull.schedule.Interval;

/** Finds every conflict of a change's window with the clock, its plan, blackouts, other changes and clusters. */
public final class ConflictCheck {

    private ConflictCheck() {
    }

    /** All conflicts, none when the window is fine; {@code change} itself is ignored among the booked changes. */
    public static List<Conflict> find(PlannedChange change, ScheduleSnapshot schedule, Instant now,
            MinimumNotice notice) {
        List<Conflict> conflicts = new ArrayList<>();
        timing(change, now, notice.of(change.type())).ifPresent(conflicts::add);
        windowLength(change).ifPresent(conflicts::add);
        conflicts.addAll(blackouts(change, schedule.blackouts()));
        conflicts.addAll(busyHosts(change, schedule.booked()));
        conflicts.addAll(ClusterCapacity.shortfalls(change, schedule));
        return conflicts;
    }

    private static Optional<Conflict> timing(PlannedChange change, Instant now, Duration notice) {
        Interval window = change.window();
        if (!window.end().isAfter(now)) {
            return Optional.of(new Conflict(ConflictKind.IN_PAST,
                    "the window ended at " + window.end() + ", before now (" + now + ")",
                    details("end", window.end(), "now", now)));
        }
        Instant earliest = now.plus(notice);
        if (!notice.isZero() && window.start().isBefore(earliest)) {
            return Optional.of(new Conflict(ConflictKind.TOO_SOON,
                    "the window starts at " + window.start() + ", sooner than the " + change.type()
                            + " minimum notice of " + notice + " allows (" + earliest + ")",
                    details("start", window.start(), "earliestStart", earliest, "minimumNotice", notice)));
        }
        return Optional.empty();
    }

    private static Optional<Conflict> windowLength(PlannedChange change) {
        Duration window = change.window().length();
        Duration planned = change.plan().totalDuration();
        if (window.compareTo(planned) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Conflict(ConflictKind.WINDOW_TOO_SHORT,
                "the window lasts " + window + ", shorter than the plan's " + planned,
                details("window", window, "planned", planned)));
    }

    private static List<Conflict> blackouts(PlannedChange change, List<Blackout> blackouts) {
        if (change.overridesBlackouts()) {
            return List.of();
        }
        String hint = change.type() == ChangeType.EMERGENCY
                ? "; an EMERGENCY change may override it with a reason"
                : "";
        return blackouts.stream()
                .filter(blackout -> blackout.window().overlaps(change.window()))
                .filter(blackout -> !shared(blackout.hosts(), change).isEmpty())
                .map(blackout -> new Conflict(ConflictKind.BLACKOUT,
                        "the window overlaps blackout " + blackout.name() + " (" + span(blackout.window())
                                + ") on " + String.join(", ", shared(blackout.hosts(), change)) + hint,
                        details("blackout", blackout.name(), "hosts", shared(blackout.hosts(), change),
                                "start", blackout.window().start(), "end", blackout.window().end())))
                .toList();
    }

    private static List<Conflict> busyHosts(PlannedChange change, List<BookedChange> booked) {
        return booked.stream()
                .filter(other -> other.id() != change.id())
                .filter(other -> other.window().overlaps(change.window()))
                .filter(other -> !shared(other.hosts(), change).isEmpty())
                .map(other -> new Conflict(ConflictKind.HOST_BUSY,
                        "change " + other.id() + " (" + other.status() + ", " + span(other.window())
                                + ") also takes down " + String.join(", ", shared(other.hosts(), change)),
                        details("changeId", other.id(), "status", other.status(), "hosts",
                                shared(other.hosts(), change), "start", other.window().start(), "end",
                                other.window().end())))
                .toList();
    }

    private static List<String> shared(Collection<String> hosts, PlannedChange change) {
        return hosts.stream().filter(change.hosts()::contains).sorted().toList();
    }

    static String span(Interval interval) {
        return interval.start() + " .. " + interval.end();
    }
}
