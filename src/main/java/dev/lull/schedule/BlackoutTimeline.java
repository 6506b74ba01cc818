package dev.lull.schedule;

import java.time.Instant;
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

    /** Every occurrence overlapping {@code range}, in time order, at most the configured number per blackout. */
    public Occurrences occurrences(Interval range) {
        return expand(candidates(range), range, config.maxOccurrences(), false);
    }

    /** The occurrences overlapping {@code range} that apply to the host, as {@link #occurrences} lists them. */
    public Occurrences forHost(String host, Interval range) {
        Map<String, String> clusterOf = clusters(List.of(host));
        return clusterOf.isEmpty()
                ? new Occurrences(List.of(), false)
                : expand(applying(clusterOf, range), range, config.maxOccurrences(), false);
    }

    /**
     * For each named host, the occurrences overlapping {@code range} that apply to it; unknown hosts get none. Never
     * truncated: what conflict checks, proposals and the gate rely on (see {@link #expand}).
     */
    public Map<String, List<BlackoutOccurrence>> forHosts(Collection<String> hosts, Interval range) {
        if (hosts.isEmpty()) {
            return Map.of();
        }
        Map<String, String> clusterOf = clusters(hosts);
        int limit = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(config.maxOccurrences(),
                range.length().toHours() + 2));
        List<BlackoutOccurrence> found = clusterOf.isEmpty()
                ? List.of()
                : expand(applying(clusterOf, range), range, limit, true).items();
        Map<String, List<BlackoutOccurrence>> byHost = new LinkedHashMap<>();
        for (String name : new LinkedHashSet<>(hosts)) {
            byHost.put(name, clusterOf.containsKey(name)
                    ? found.stream().filter(occurrence -> occurrence.appliesTo(name, clusterOf.get(name))).toList()
                    : List.of());
        }
        return byHost;
    }

    private static List<Blackout> applying(Map<String, String> clusterOf, Interval range) {
        Set<String> clusters = clusterOf.values().stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return candidates(range).stream().filter(blackout -> blackout.touches(clusterOf.keySet(), clusters)).toList();
    }

    /**
     * Each known host's cluster name (null without one): two columns, not the hosts as entities, which a cluster's
     * hundred members would make the session hold and hydrate on every cluster-wide read.
     */
    private static Map<String, String> clusters(Collection<String> hosts) {
        Map<String, String> clusterOf = new HashMap<>();
        Host.getEntityManager()
                .createQuery("select h.name, c.name from Host h left join h.cluster c where h.name in ?1",
                        Object[].class)
                .setParameter(1, Set.copyOf(hosts)).getResultList()
                .forEach(row -> clusterOf.put((String) row[0], (String) row[1]));
        return clusterOf;
    }

    private static List<Blackout> candidates(Interval range) {
        return Blackout.list("startAt < ?1 and (recurrence is not null or endAt > ?2)", range.end(), range.start());
    }

    /**
     * The occurrences of these blackouts overlapping {@code range}, in time order, at most {@code limit} per blackout.
     * A {@code complete} expansion that hits the limit (only a rule stored before finer rules were refused can) is
     * taken as frozen from its last occurrence to the end of the range, so nothing relies on a truncated expansion.
     */
    private static Occurrences expand(List<Blackout> blackouts, Interval range, int limit, boolean complete) {
        List<BlackoutOccurrence> found = new ArrayList<>();
        boolean truncated = false;
        for (Blackout blackout : blackouts) {
            BlackoutRule rule = blackout.rule();
            BlackoutCalendar.Expansion expansion = BlackoutCalendar.expand(rule, range, limit);
            List<Interval> windows = new ArrayList<>(expansion.occurrences());
            Instant rest = windows.isEmpty() ? range.start() : windows.get(windows.size() - 1).end();
            if (expansion.truncated() && complete && rest.isBefore(range.end())) {
                windows.add(new Interval(rest, range.end()));
            }
            truncated |= expansion.truncated();
            Set<String> hosts = Set.copyOf(blackout.hosts);
            Set<String> clusters = Set.copyOf(blackout.clusters);
            for (Interval window : windows) {
                found.add(new BlackoutOccurrence(blackout.id, blackout.name, window, rule.zone(), hosts, clusters,
                        blackout.reason));
            }
        }
        return new Occurrences(found.stream().sorted(Comparator.comparing((BlackoutOccurrence o) -> o.window().start())
                .thenComparing(BlackoutOccurrence::blackoutId)).toList(), truncated);
    }

    /** Occurrences in time order, and whether some blackout had more in the range than were expanded. */
    public record Occurrences(List<BlackoutOccurrence> items, boolean truncated) {
    }
}
