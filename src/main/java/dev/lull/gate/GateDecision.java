package dev.lull.gate;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import dev.lull.schedule.BusyKind;
import dev.lull.schedule.BusyPeriod;

/**
 * Decides the gate from the timeline: open at an instant when a change window covers a target host and no
 * blackout covers that host — unless the change may override freezes. Plain Java.
 */
public record GateDecision(GateState state, String reason, Optional<BusyPeriod> change,
        Optional<Instant> nextTransition) {

    /** The decision at {@code now}, given every change window and blackout of the target's hosts around it. */
    public static GateDecision at(Instant now, String target, List<BusyPeriod> periods) {
        Optional<BusyPeriod> open = openingChange(now, periods);
        boolean isOpen = open.isPresent();
        Optional<Instant> next = boundaries(periods).tailSet(now, false).stream()
                .filter(at -> openingChange(at, periods).isPresent() != isOpen).findFirst();
        if (isOpen) {
            BusyPeriod change = open.get();
            return new GateDecision(GateState.OPEN, "change " + change.reference() + " '" + change.label()
                    + "' is in its window on " + change.host() + " until " + change.interval().end(), open, next);
        }
        return new GateDecision(GateState.CLOSED, closedReason(now, target, periods), Optional.empty(), next);
    }

    private static Optional<BusyPeriod> openingChange(Instant at, List<BusyPeriod> periods) {
        return periods.stream()
                .filter(p -> p.kind() == BusyKind.CHANGE && p.interval().contains(at))
                .filter(p -> p.overridesBlackouts() || frozen(at, p.host(), periods).isEmpty())
                .min(Comparator.comparing((BusyPeriod p) -> p.interval().end()).thenComparing(BusyPeriod::reference));
    }

    private static Optional<BusyPeriod> frozen(Instant at, String host, List<BusyPeriod> periods) {
        return periods.stream().filter(p -> p.kind() == BusyKind.BLACKOUT && p.host().equals(host)
                && p.interval().contains(at)).findFirst();
    }

    private static String closedReason(Instant now, String target, List<BusyPeriod> periods) {
        return periods.stream().filter(p -> p.kind() == BusyKind.CHANGE && p.interval().contains(now)).findFirst()
                .flatMap(change -> frozen(now, change.host(), periods)
                        .map(freeze -> "change " + change.reference() + " '" + change.label()
                                + "' is in its window but "
                                + change.host() + " is frozen by blackout '" + freeze.label() + "' until "
                                + freeze.interval().end()))
                .orElse("no approved change window is open on " + target + " now");
    }

    private static TreeSet<Instant> boundaries(List<BusyPeriod> periods) {
        TreeSet<Instant> instants = new TreeSet<>();
        periods.forEach(p -> {
            instants.add(p.interval().start());
            instants.add(p.interval().end());
        });
        return instants;
    }
}
