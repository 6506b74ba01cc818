package dev.lull.schedule;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        List<Blackout> candidates = Blackout.list(
                "startAt < ?1 and (recurrence is not null or endAt > ?2)", range.end(), range.start());
        return candidates.stream()
                .flatMap(blackout -> BlackoutCalendar.occurrences(blackout.rule(), range, config.maxOccurrences())
                        .stream().map(window -> occurrence(blackout, window)))
                .sorted(Comparator.comparing((BlackoutOccurrence o) -> o.window().start())
                        .thenComparing(BlackoutOccurrence::blackoutId))
                .toList();
    }

    /** The occurrences overlapping {@code range} that apply to the host, its cluster resolved. */
    public List<BlackoutOccurrence> forHost(String host, Interval range) {
        return forHosts(List.of(host), range).getOrDefault(host, List.of());
    }

    /** For each named host, the occurrences overlapping {@code range} that apply to it; unknown hosts get none. */
    public Map<String, List<BlackoutOccurrence>> forHosts(Collection<String> hosts, Interval range) {
        List<BlackoutOccurrence> all = occurrences(range);
        Map<String, List<BlackoutOccurrence>> byHost = new LinkedHashMap<>();
        for (String name : new HashSet<>(hosts)) {
            Optional<Host> host = Host.findByName(name);
            String cluster = host.map(h -> h.cluster == null ? null : h.cluster.name).orElse(null);
            byHost.put(name, host.isEmpty()
                    ? List.of()
                    : all.stream().filter(occurrence -> occurrence.appliesTo(name, cluster)).toList());
        }
        return byHost;
    }

    private static BlackoutOccurrence occurrence(Blackout blackout, Interval window) {
        return new BlackoutOccurrence(blackout.id, blackout.name, window, blackout.rule().zone(),
                new HashSet<>(blackout.hosts), new HashSet<>(blackout.clusters), blackout.reason);
    }
}
