package dev.lull.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.inventory.Host;

/** Blackout occurrences in a range of time, for everyone or per host: what other features ask the schedule. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BlackoutTimeline {
    private final ScheduleConfig config;

    BlackoutTimeline(ScheduleConfig config) {
        this.config = config;
    }

    /** Every occurrence overlapping {@code range}, in time order. */
    public List<BlackoutOccurrence> occurrences(Interval range) {
        return expand(candidates(range), range);
    }

    /** The occurrences overlapping {@code range} that apply to the host, its cluster resolved. */
    public List<BlackoutOccurrence> forHost(String host, Interval range) {
        return forHosts(List.of(host), range).getOrDefault(host, List.of());
    }

    /** For each named host, the occurrences overlapping {@code range} that apply to it; unknown hosts get none. */
    public Map<String, List<BlackoutOccurrence>> forHosts(Collection<String> hosts, Interval range) {
        if (hosts.isEmpty()) {
            return Map.of();
        }
        Map<String, String> clusterOf = new HashMap<>();
        Host.<Host>list("select h from Host h left join fetch h.cluster where h.name in ?1", Set.copyOf(hosts))
                .forEach(host -> clusterOf.put(host.name, host.cluster == null ? null : host.cluster.name));
        Set<String> clusters = clusterOf.values().stream().filter(Objects::nonNull).collect(Collectors.toSet());
        List<BlackoutOccurrence> found = clusterOf.isEmpty()
                ? List.of()
                : expand(candidates(range).stream()
                        .filter(blackout -> blackout.touches(clusterOf.keySet(), clusters)).toList(), range);
        Map<String, List<BlackoutOccurrence>> byHost = new LinkedHashMap<>();
        for (String name : new LinkedHashSet<>(hosts)) {
            byHost.put(name, clusterOf.containsKey(name)
                    ? found.stream().filter(occurrence -> occurrence.appliesTo(name, clusterOf.get(name))).toList()
                    : List.of());
        }
        return byHost;
    }

    private static List<Blackout> candidates(Interval range) {
        return Blackout.list("startAt < ?1 and (recurrence is not null or endAt > ?2)", range.end(), range.start());
    }

    /** The occurrences of these blackouts overlapping {@code range}, in time order. */
    private List<BlackoutOccurrence> expand(List<Blackout> blackouts, Interval range) {
        List<BlackoutOccurrence> found = new ArrayList<>();
        for (Blackout blackout : blackouts) {
            BlackoutRule rule = blackout.rule();
            Set<String> hosts = Set.copyOf(blackout.hosts);
            Set<String> clusters = Set.copyOf(blackout.clusters);
            for (Interval window : BlackoutCalendar.occurrences(rule, range, config.maxOccurrences())) {
                found.add(new BlackoutOccurrence(blackout.id, blackout.name, window, rule.zone(), hosts, clusters,
                        blackout.reason));
            }
        }
        return found.stream().sorted(Comparator.comparing((BlackoutOccurrence o) -> o.window().start())
                .thenComparing(BlackoutOccurrence::blackoutId)).toList();
    }
}
