package dev.lull.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.lull.schedule.Interval;

/** Who is down when: each host's other work and chosen windows, to count how many hosts are down at once. */
final class Downtime {
    private final List<Map.Entry<Integer, Interval>> entries = new ArrayList<>();

    void add(int host, Interval interval) {
        entries.add(Map.entry(host, interval));
    }

    void removeLast() {
        entries.remove(entries.size() - 1);
    }

    /** The most hosts other than {@code host} down at one instant within {@code window}. */
    int peakOthersDuring(Interval window, int host) {
        List<Event> events = new ArrayList<>();
        for (Map.Entry<Integer, Interval> entry : entries) {
            Interval other = entry.getValue();
            if (entry.getKey() != host && other.overlaps(window)) {
                events.add(new Event(later(other.start(), window.start()), 1));
                events.add(new Event(earlier(other.end(), window.end()), -1));
            }
        }
        events.sort((a, b) -> a.at().equals(b.at()) ? Integer.compare(a.delta(), b.delta()) : a.at().compareTo(b.at()));
        int down = 0;
        int peak = 0;
        for (Event event : events) {
            down += event.delta();
            peak = Math.max(peak, down);
        }
        return peak;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Event(Instant at, int delta) {
    }
}
