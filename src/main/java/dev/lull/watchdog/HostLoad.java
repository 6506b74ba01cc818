package dev.lull.watchdog;

import java.util.List;

/**
 * A watched host: its recent bins, oldest first, what its forecast expects, and its level tonight — its load ÷ the
 * forecast's expected load over the half hour before the window opened (null when that half hour is not known well enough or
 * nothing was expected; the forecast is then taken as it is).
 */
public record HostLoad(String host, List<Bin> bins, Band band, Double level) {
    public HostLoad {
        bins = List.copyOf(bins);
    }

    /** A host whose level tonight is not known. */
    public HostLoad(String host, List<Bin> bins, Band band) {
        this(host, bins, band, null);
    }

    /** The same host at another level. */
    HostLoad atLevel(Double other) {
        return new HostLoad(host, bins, band, other);
    }

    /** The expected load tonight at a rate the forecast expects: rescaled to the level when it is known. */
    double tonight(double expected) {
        return level == null ? expected : level * expected;
    }
}
