package dev.lull.change;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A change request as listings show it, its window also in the local time of its hosts. */
public record ChangeSummary(long id, String title, ChangeType type, ChangeStatus status, String requester,
        List<String> hosts, WindowBody window, List<LocalWindow> localWindows, Instant updatedAt) {

    /** The summary, with the local windows of the hosts found in {@code zones} (a map of more hosts is fine). */
    static ChangeSummary of(ChangeRequest change, Map<String, ZoneId> zones) {
        Map<String, ZoneId> own = new TreeMap<>();
        change.hosts.stream().filter(zones::containsKey).forEach(host -> own.put(host, zones.get(host)));
        return new ChangeSummary(change.id, change.title, change.type, change.status, change.requester,
                change.hosts.stream().sorted().toList(), new WindowBody(change.windowStart, change.windowEnd),
                LocalWindow.of(change.window(), own), change.updatedAt);
    }
}
