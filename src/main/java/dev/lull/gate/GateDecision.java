package dev.lull.gate;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.lull.schedule.BusyKind;
import dev.lull.schedule.BusyPeriod;

/**
 * Decides the gate from the timeline: a host's gate is open at an instant when a change window covers the host and
 * no blackout covers it — unless the change may override freezes. A cluster's gate is open only while one change
 * covering every host of the cluster is in its window, none of them frozen; otherwise it names the hosts whose own
 * gates are open. {@code nextTransition} is the first instant in the horizon at which the answer changes. Plain Java.
 */
public record GateDecision(GateState state, String reason, Optional<BusyPeriod> change,
        Optional<Instant> nextTransition, List<String> openHosts) {

    /** The gate of host {@code target} at {@code now}, given every change window and blackout of it around now. */
    public static GateDecision at(Instant now, String target, List<BusyPeriod> periods) {
        Optional<BusyPeriod> open = openingChange(now, periods);
        Optional<Instant> next = next(now, periods, at -> openingChange(at, periods).isPresent());
        if (open.isPresent()) {
            return new GateDecision(GateState.OPEN, openReason(open.get(), open.get().host()), open, next, null);
        }
        return new GateDecision(GateState.CLOSED, closedReason(now, target, periods), Optional.empty(), next, null);
    }

    /** The gate of cluster {@code target}, of these hosts, at {@code now}, given the periods of its hosts. */
    public static GateDecision forCluster(Instant now, String target, List<String> hosts, List<BusyPeriod> periods) {
        Optional<BusyPeriod> whole = wholeClusterChange(now, hosts, periods);
        List<String> openHosts = openHosts(now, hosts, periods);
        Optional<Instant> next = next(now, periods,
                at -> wholeClusterChange(at, hosts, periods).isPresent() + " " + openHosts(at, hosts, periods));
        if (whole.isPresent()) {
            return new GateDecision(GateState.OPEN, openReason(whole.get(), "every host of cluster " + target), whole,
                    next, openHosts);
        }
        String reason = openHosts.isEmpty()
                ? closedReason(now, target, periods)
                : "no change covering all of cluster " + target + " is in its window now; the gates of "
                        + String.join(", ", openHosts) + " are open: ask each host's gate";
        return new GateDecision(GateState.CLOSED, reason, Optional.empty(), next, openHosts);
    }

    private static Optional<Instant> next(Instant now, List<BusyPeriod> periods, Function<Instant, Object> answer) {
        Object current = answer.apply(now);
        return boundaries(periods).tailSet(now, false).stream().filter(at -> !answer.apply(at).equals(current))
                .findFirst();
    }

    private static Optional<BusyPeriod> openingChange(Instant at, List<BusyPeriod> periods) {
        return periods.stream()
                .filter(p -> p.kind() == BusyKind.CHANGE && p.interval().contains(at))
                .filter(p -> p.overridesBlackouts() || frozen(at, p.host(), periods).isEmpty())
                .min(firstToEnd());
    }

    private static Optional<BusyPeriod> wholeClusterChange(Instant at, List<String> hosts, List<BusyPeriod> periods) {
        if (hosts.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<BusyPeriod>> byChange = periods.stream()
                .filter(p -> p.kind() == BusyKind.CHANGE && p.interval().contains(at))
                .collect(Collectors.groupingBy(BusyPeriod::reference));
        return byChange.values().stream()
                .filter(covering -> hostsOf(covering).containsAll(hosts))
                .filter(covering -> covering.get(0).overridesBlackouts()
                        || hosts.stream().allMatch(host -> frozen(at, host, periods).isEmpty()))
                .map(covering -> covering.get(0))
                .min(firstToEnd());
    }

    private static List<String> openHosts(Instant at, List<String> hosts, List<BusyPeriod> periods) {
        return hosts.stream().filter(host -> openingChange(at, periods.stream()
                .filter(p -> p.host().equals(host)).toList()).isPresent()).sorted().toList();
    }

    private static Collection<String> hostsOf(List<BusyPeriod> periods) {
        return periods.stream().map(BusyPeriod::host).collect(Collectors.toSet());
    }

    private static Comparator<BusyPeriod> firstToEnd() {
        return Comparator.comparing((BusyPeriod p) -> p.interval().end()).thenComparing(BusyPeriod::reference);
    }

    private static Optional<BusyPeriod> frozen(Instant at, String host, List<BusyPeriod> periods) {
        return periods.stream().filter(p -> p.kind() == BusyKind.BLACKOUT && p.host().equals(host)
                && p.interval().contains(at)).findFirst();
    }

    private static String openReason(BusyPeriod change, String where) {
        return "change " + change.reference() + " '" + change.label() + "' is in its window on " + where + " until "
                + change.interval().end();
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
