package dev.lull.watchdog;

import java.util.List;

/** A watched host: its recent bins, oldest first, and what its forecast expects. */
public record HostLoad(String host, List<Bin> bins, Band band) {
    public HostLoad {
        bins = List.copyOf(bins);
    }
}
