package dev.lull.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A sweep line over the downtime of many hosts: which hosts are down, segment by segment. */
public final class DowntimeTimeline {

    private DowntimeTimeline() {
    }

    /**
     * The segments, in time order, during which at least one host is down; a host down twice at once counts
     * once. Segments touch wherever the set of down hosts changes.
     */
    public static List<DownSegment> sweep(Map<String, ? extends Collection<Interval>> downtimeByHost) {
        TreeMap<Instant, List<Change>> events = events(downtimeByHost);
        List<DownSegment> segments = new ArrayList<>();
        Set<String> down = new TreeSet<>();
        Instant previous = null;
        for (var entry : events.entrySet()) {
            if (previous != null && !down.isEmpty()) {
                segments.add(new DownSegment(new Interval(previous, entry.getKey()), down));
            }
            entry.getValue().forEach(change -> change.applyTo(down));
            previous = entry.getKey();
        }
        return segments;
    }

    /** The union of the intervals as disjoint intervals in time order; touching intervals join. */
    public static List<Interval> merge(Collection<Interval> intervals) {
        List<Interval> sorted = intervals.stream().sorted(Comparator.comparing(Interval::start)).toList();
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.start().isAfter(merged.get(last).end())) {
                Interval joined = merged.get(last);
                Instant end = joined.end().isAfter(next.end()) ? joined.end() : next.end();
                merged.set(last, new Interval(joined.start(), end));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    private static TreeMap<Instant, List<Change>> events(Map<String, ? extends Collection<Interval>> downtimeByHost) {
        TreeMap<Instant, List<Change>> events = new TreeMap<>();
        downtimeByHost.forEach((host, intervals) -> {
            for (Interval interval : merge(intervals)) {
                events.computeIfAbsent(interval.start(), at -> new ArrayList<>()).add(new Change(host, true));
                events.computeIfAbsent(interval.end(), at -> new ArrayList<>()).add(new Change(host, false));
            }
        });
        return events;
    }

    /** A host going down or coming back up at an event instant. */
    private record Change(String host, boolean goesDown) {
        void applyTo(Set<String> down) {
            if (goesDown) {
                down.add(host);
            } else {
                down.remove(host);
            }
        }
    }
}
