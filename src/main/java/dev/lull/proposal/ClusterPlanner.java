package dev.lull.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.lull.schedule.Interval;

/**
 * Chooses one window per host so that at no instant fewer than {@code minAvailable} hosts of the cluster are up,
 * minimising the total expected load: branch and bound over each host's candidates, most constrained host first.
 */
public final class ClusterPlanner {
    private static final int NODE_BUDGET = 20_000;

    /** Plans {@code hosts} of a cluster whose other hosts are up throughout. */
    public ClusterPlan plan(String cluster, int clusterSize, int minAvailable, List<HostOptions> hosts) {
        return plan(cluster, clusterSize, minAvailable, hosts, Map.of());
    }

    /**
     * Plans {@code hosts} of a cluster of {@code clusterSize} hosts. Their other work (in {@link HostOptions#busy()})
     * counts as down time, and so does {@code othersDown}: the work already planned on hosts of the cluster that are
     * not being planned, by host.
     */
    public ClusterPlan plan(String cluster, int clusterSize, int minAvailable, List<HostOptions> hosts,
            Map<String, List<Interval>> othersDown) {
        return plan(cluster, clusterSize, minAvailable, hosts, othersDown, new Nights(0));
    }

    /**
     * The same, with at most {@code nights.max()} windows starting in one night (none when zero), counting the
     * windows {@code nights} already holds; the chosen windows are added to it.
     */
    public ClusterPlan plan(String cluster, int clusterSize, int minAvailable, List<HostOptions> hosts,
            Map<String, List<Interval>> othersDown, Nights nights) {
        if (hosts.size() > clusterSize) {
            throw new IllegalArgumentException("more hosts than the cluster size " + clusterSize);
        }
        String prefix = "cluster %s: %d hosts, minAvailable %d: ".formatted(cluster, clusterSize, minAvailable);
        int maxDown = clusterSize - minAvailable;
        if (maxDown < 1) {
            return ClusterPlan.blocked(prefix + "no host may ever be down");
        }
        for (HostOptions host : hosts) {
            if (host.candidates().isEmpty()) {
                return ClusterPlan.blocked(prefix + "host " + host.host() + " has no window free of blackouts");
            }
        }
        Search search = new Search(hosts, maxDown, List.copyOf(othersDown.values()), nights);
        if (!search.run()) {
            return ClusterPlan.blocked(prefix + "no assignment keeps %d of %d available".formatted(minAvailable,
                    clusterSize) + (nights.max() > 0 ? " with at most %d a night".formatted(nights.max()) : ""));
        }
        ClusterPlan plan = search.plan();
        plan.chosen().values().forEach(nights::take);
        return plan;
    }

    /** Depth-first branch and bound; the first descent is the greedy plan. */
    private static final class Search {
        private final List<HostOptions> hosts;
        private final int maxDown;
        private final Nights nights;
        private final Downtime downtime = new Downtime();
        private final double[] cheapestRest;
        private final int[] chosen;
        private int[] best;
        private double bestCost = Double.POSITIVE_INFINITY;
        private int nodes;

        Search(List<HostOptions> hosts, int maxDown, List<List<Interval>> othersDown, Nights nights) {
            this.nights = nights.copy();
            this.hosts = new ArrayList<>(hosts);
            this.hosts.sort(Comparator.comparingInt(host -> host.candidates().size()));
            this.maxDown = maxDown;
            this.chosen = new int[hosts.size()];
            this.cheapestRest = new double[hosts.size() + 1];
            for (int i = hosts.size() - 1; i >= 0; i--) {
                cheapestRest[i] = cheapestRest[i + 1] + cheapest(this.hosts.get(i));
            }
            for (int i = 0; i < this.hosts.size(); i++) {
                for (Interval busy : WindowSearch.merge(this.hosts.get(i).busy())) {
                    downtime.add(i, busy);
                }
            }
            for (int k = 0; k < othersDown.size(); k++) {
                for (Interval busy : WindowSearch.merge(othersDown.get(k))) {
                    downtime.add(hosts.size() + k, busy);
                }
            }
        }

        boolean run() {
            descend(0, 0);
            return best != null;
        }

        private void descend(int depth, double cost) {
            if (++nodes > NODE_BUDGET || cost + cheapestRest[depth] >= bestCost) {
                return;
            }
            if (depth == hosts.size()) {
                bestCost = cost;
                best = chosen.clone();
                return;
            }
            List<Candidate> candidates = hosts.get(depth).candidates();
            for (int c = 0; c < candidates.size(); c++) {
                Interval window = window(candidates.get(c));
                if (nights.hasRoom(candidates.get(c)) && 1 + downtime.peakOthersDuring(window, depth) <= maxDown) {
                    chosen[depth] = c;
                    downtime.add(depth, window);
                    nights.take(candidates.get(c));
                    descend(depth + 1, cost + cost(candidates.get(c), c));
                    nights.release(candidates.get(c));
                    downtime.removeLast();
                }
            }
        }

        ClusterPlan plan() {
            Map<String, Candidate> windows = new HashMap<>();
            for (int i = 0; i < hosts.size(); i++) {
                windows.put(hosts.get(i).host(), hosts.get(i).candidates().get(best[i]));
            }
            return ClusterPlan.of(windows, bestCost);
        }

        private static double cheapest(HostOptions host) {
            double min = Double.POSITIVE_INFINITY;
            for (int c = 0; c < host.candidates().size(); c++) {
                min = Math.min(min, cost(host.candidates().get(c), c));
            }
            return min;
        }

        /** Expected messages, or the rank when a fallback candidate has no estimate. */
        private static double cost(Candidate candidate, int rank) {
            return candidate.expectedMessages() != null ? candidate.expectedMessages() : rank;
        }

        private static Interval window(Candidate candidate) {
            return new Interval(candidate.start(), candidate.end());
        }
    }
}
