package dev.lull.servicelevel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.lull.schedule.Interval;

/** When each host was (or is booked to be) down: planned (changes) and unplanned (outages), by host name. */
public record Downtime(Map<String, List<Interval>> planned, Map<String, List<Interval>> unplanned) {
    public Downtime {
        planned = copy(planned);
        unplanned = copy(unplanned);
    }

    public static Downtime none() {
        return new Downtime(Map.of(), Map.of());
    }

    /** Planned and unplanned downtime together, per host. */
    public Map<String, List<Interval>> all() {
        Map<String, List<Interval>> all = copy(planned);
        unplanned.forEach((host, intervals) -> all.computeIfAbsent(host, h -> new ArrayList<>()).addAll(intervals));
        return all;
    }

    /** This downtime with {@code hosts} also down for planned work during {@code window}. */
    public Downtime plusPlanned(Collection<String> hosts, Interval window) {
        Map<String, List<Interval>> more = copy(planned);
        hosts.forEach(host -> more.computeIfAbsent(host, h -> new ArrayList<>()).add(window));
        return new Downtime(more, unplanned);
    }

    /** Both downtimes together. */
    public Downtime plus(Downtime other) {
        Map<String, List<Interval>> morePlanned = copy(planned);
        Map<String, List<Interval>> moreUnplanned = copy(unplanned);
        other.planned.forEach((h, i) -> morePlanned.computeIfAbsent(h, k -> new ArrayList<>()).addAll(i));
        other.unplanned.forEach((h, i) -> moreUnplanned.computeIfAbsent(h, k -> new ArrayList<>()).addAll(i));
        return new Downtime(morePlanned, moreUnplanned);
    }

    private static Map<String, List<Interval>> copy(Map<String, List<Interval>> byHost) {
        Map<String, List<Interval>> copy = new HashMap<>();
        byHost.forEach((host, intervals) -> copy.put(host, new ArrayList<>(intervals)));
        return copy;
    }
}
