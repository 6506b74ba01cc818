package dev.lull.change;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.lull.schedule.Interval;
import dev.lull.schedule.LocalInterval;

/** A change's window in the local time of some of its hosts: those that share {@code timeZone}. */
public record LocalWindow(String timeZone, List<String> hosts, OffsetDateTime localStart, OffsetDateTime localEnd) {

    /** One local window per time zone among the hosts, zones and hosts in name order. */
    static List<LocalWindow> of(Interval window, Map<String, ZoneId> zoneByHost) {
        Map<String, List<String>> hostsByZone = new TreeMap<>();
        new TreeMap<>(zoneByHost).forEach((host, zone) -> hostsByZone.computeIfAbsent(zone.getId(),
                id -> new ArrayList<>()).add(host));
        List<LocalWindow> windows = new ArrayList<>();
        hostsByZone.forEach((zone, hosts) -> {
            ZoneId id = ZoneId.of(zone);
            windows.add(new LocalWindow(zone, List.copyOf(hosts), LocalInterval.local(window.start(), id),
                    LocalInterval.local(window.end(), id)));
        });
        return windows;
    }
}
