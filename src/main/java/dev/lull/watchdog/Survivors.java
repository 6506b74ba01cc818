package dev.lull.watchdog;

import java.util.List;

/**
 * The hosts of a cluster that stay up while the change's hosts are down: their capacity per minute together, the
 * threshold share of it (availability's rule) and the whole cluster's recent bins, summed per step.
 */
public record Survivors(String cluster, double capacityPerMinute, double threshold, List<Bin> clusterBins) {
    public Survivors {
        clusterBins = List.copyOf(clusterBins);
    }
}
