package dev.lull.schedule;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** How many hosts of one cluster stay available over time, given when its members are down. */
public record ClusterOccupancy(Set<String> members, int minAvailable) {
    public ClusterOccupancy {
        members = Set.copyOf(members);
    }

    /** Every segment in which the cluster would fall below {@code minAvailable}; hosts outside it are ignored. */
    public List<ClusterShortfall> shortfalls(Map<String, ? extends Collection<Interval>> downtimeByHost) {
        Map<String, Collection<Interval>> ofMembers = downtimeByHost.entrySet().stream()
                .filter(entry -> members.contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return DowntimeTimeline.sweep(ofMembers).stream()
                .filter(segment -> available(segment) < minAvailable)
                .map(segment -> new ClusterShortfall(segment.interval(), available(segment), minAvailable,
                        List.copyOf(segment.hostsDown())))
                .toList();
    }

    private int available(DownSegment segment) {
        return members.size() - segment.hostsDown().size();
    }
}
