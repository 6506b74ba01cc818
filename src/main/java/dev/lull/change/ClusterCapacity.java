package dev.lull.change;

import static dev.lull.change.Conflict.details;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.lull.schedule.ClusterOccupancy;
import dev.lull.schedule.ClusterShortfall;
import dev.lull.schedule.Interval;

/** The MIN_AVAILABLE check: would a cluster of the change's hosts drop below its minimum while the change runs? */
final class ClusterCapacity {

    private ClusterCapacity() {
    }

    static List<Conflict> shortfalls(PlannedChange change, ScheduleSnapshot schedule) {
        Map<String, List<Interval>> downtime = downtime(change, schedule.booked());
        return schedule.clusters().stream()
                .filter(cluster -> cluster.hosts().stream().anyMatch(change.hosts()::contains))
                .flatMap(cluster -> new ClusterOccupancy(cluster.hosts(), cluster.minAvailable())
                        .shortfalls(downtime).stream()
                        .filter(shortfall -> shortfall.hostsDown().stream().anyMatch(change.hosts()::contains))
                        .map(shortfall -> conflict(cluster, shortfall)))
                .toList();
    }

    private static Map<String, List<Interval>> downtime(PlannedChange change, List<BookedChange> booked) {
        Map<String, List<Interval>> downtime = new HashMap<>();
        change.hosts().forEach(host -> add(downtime, host, change.window()));
        booked.stream().filter(other -> other.id() != change.id())
                .forEach(other -> other.hosts().forEach(host -> add(downtime, host, other.window())));
        return downtime;
    }

    private static void add(Map<String, List<Interval>> downtime, String host, Interval window) {
        downtime.computeIfAbsent(host, key -> new ArrayList<>()).add(window);
    }

    private static Conflict conflict(ClusterLimit cluster, ClusterShortfall shortfall) {
        Interval when = shortfall.interval();
        return new Conflict(ConflictKind.MIN_AVAILABLE,
                "cluster " + cluster.name() + " would have " + shortfall.available() + " of " + cluster.hosts().size()
                        + " hosts available (minimum " + cluster.minAvailable() + ") during "
                        + ConflictCheck.span(when) + "; down: " + String.join(", ", shortfall.hostsDown()),
                details("cluster", cluster.name(), "start", when.start(), "end", when.end(), "available",
                        shortfall.available(), "minAvailable", cluster.minAvailable(), "hostsDown",
                        shortfall.hostsDown()));
    }
}
