package dev.lull.servicelevel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.inventory.Cluster;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.Host;
import dev.lull.load.LoadQueries;
import dev.lull.platform.PeriodView;
import dev.lull.servicelevel.CapacityView.Recommendation;
import dev.lull.servicelevel.CapacityView.Scenario;

/** Compares a cluster's recent hourly load with the capacity of its surviving hosts and advises adding hosts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CapacityAdvisor {
    private static final double MINUTES_PER_HOUR = 60;
    private final Clock clock;
    private final LoadQueries load;
    private final ServiceLevelConfig config;

    CapacityAdvisor(Clock clock, LoadQueries load, ServiceLevelConfig config) {
        this.clock = clock;
        this.load = load;
        this.config = config;
    }

    /** The advice for the named cluster from the last {@code weeks} whole weeks of hours. */
    public CapacityView advise(String name, int weeks) {
        Cluster cluster = ClusterCatalog.require(name);
        List<Host> hosts = Host.<Host>list("cluster", cluster).stream()
                .sorted(Comparator.comparing((Host host) -> host.name)).toList();
        List<Host> counted = hosts.stream().filter(host -> host.capacityPerMinute != null).toList();
        Instant to = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Instant from = to.minus(Duration.ofDays(7L * weeks));
        List<Double> loads = hourlyTotals(counted, from, to);
        List<Double> capacities = counted.stream().map(host -> host.capacityPerMinute).toList();
        double p95 = CapacityMath.percentile(loads, 0.95);
        double peak = CapacityMath.percentile(loads, 1.0);
        double threshold = config.capacityThreshold();
        Scenario oneDown = scenario(counted.size() - 1, CapacityMath.oneDownPerHour(capacities), p95, peak);
        int survivors = Math.min(cluster.minAvailable, counted.size());
        Scenario minimum = scenario(survivors, CapacityMath.smallestPerHour(capacities, survivors), p95, peak);
        Recommendation recommendation = oneDown.overThreshold() ? recommend(capacities, p95, oneDown) : null;
        return new CapacityView(cluster.name, weeks, new PeriodView(from, to), loads.size(),
                p95 / MINUTES_PER_HOUR, peak / MINUTES_PER_HOUR, threshold,
                counted.stream().map(host -> host.name).toList(),
                hosts.stream().filter(host -> host.capacityPerMinute == null).map(host -> host.name).toList(),
                oneDown, minimum, recommendation, warnings(cluster, counted, loads, minimum));
    }

    /**
     * Every host of the named cluster down in turn, against the p95 and peak load of {@code advice} (the same
     * cluster's): the hosts left, whether they keep minAvailable, and their capacity.
     */
    public List<HostDown> eachHostDown(String name, CapacityView advice) {
        Cluster cluster = ClusterCatalog.require(name);
        List<Host> hosts = Host.<Host>list("cluster", cluster).stream()
                .sorted(Comparator.comparing((Host host) -> host.name)).toList();
        List<Double> capacities = hosts.stream().filter(host -> host.capacityPerMinute != null)
                .map(host -> host.capacityPerMinute).toList();
        double p95 = advice.p95PerMinute() * MINUTES_PER_HOUR;
        double peak = advice.peakPerMinute() * MINUTES_PER_HOUR;
        return hosts.stream().map(host -> new HostDown(host.name, hosts.size() - 1,
                hosts.size() - 1 >= cluster.minAvailable, host.capacityPerMinute != null,
                scenario(capacities.size() - (host.capacityPerMinute == null ? 0 : 1),
                        CapacityMath.withoutPerHour(capacities,
                                host.capacityPerMinute == null ? 0 : host.capacityPerMinute),
                        p95, peak)))
                .toList();
    }

    private List<Double> hourlyTotals(List<Host> hosts, Instant from, Instant to) {
        Map<Instant, Double> byHour = new TreeMap<>();
        for (Host host : hosts) {
            load.series(host.id, host.zone(), from, to, Duration.ofHours(1))
                    .forEach(point -> byHour.merge(point.at(), point.messages(), Double::sum));
        }
        return new ArrayList<>(byHour.values());
    }

    private Scenario scenario(int hosts, double capacityPerHour, double p95, double peak) {
        Double p95Share = CapacityMath.utilization(p95, capacityPerHour).orElse(null);
        boolean over = p95Share == null ? p95 > 0 : p95Share > config.capacityThreshold();
        return new Scenario(Math.max(hosts, 0), capacityPerHour / MINUTES_PER_HOUR, p95Share,
                CapacityMath.utilization(peak, capacityPerHour).orElse(null), over);
    }

    private Recommendation recommend(List<Double> capacities, double p95, Scenario oneDown) {
        double threshold = config.capacityThreshold();
        return CapacityMath.hostsToAdd(capacities, p95, threshold)
                .map(k -> new Recommendation(k, CapacityMath.median(capacities), String.format(Locale.ROOT,
                        "with its largest host down, p95 load %.1f/min would use %s of the %.1f messages/min left, "
                                + "over the threshold of %.0f%%; %d more host(s) of median capacity keep it under",
                        p95 / MINUTES_PER_HOUR, percent(oneDown.p95Utilization()), oneDown.capacityPerMinute(),
                        threshold * 100, k)))
                .orElse(null);
    }

    private List<String> warnings(Cluster cluster, List<Host> counted, List<Double> loads, Scenario minimum) {
        List<String> warnings = new ArrayList<>();
        if (counted.isEmpty()) {
            warnings.add("no host of the cluster has a capacityPerMinute: set it on the hosts to get advice");
        }
        if (loads.isEmpty()) {
            warnings.add("no load history in the last weeks");
        }
        if (!counted.isEmpty() && minimum.overThreshold()) {
            warnings.add("with only minAvailable (" + cluster.minAvailable + ") hosts up, p95 load would use "
                    + percent(minimum.p95Utilization()) + " of their capacity: raise minAvailable or keep "
                    + "maintenance to low-load hours");
        }
        return warnings;
    }

    private static String percent(Double share) {
        return share == null ? "more than all" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
