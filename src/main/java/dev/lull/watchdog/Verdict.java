package dev.lull.watchdog;

import java.util.List;

/** The engine's answer: QUIET, ALARM or UNKNOWN, the reason line, and the figures it rests on. */
public record Verdict(WatchState state, String reason, List<HostFigures> hosts, CapacityFigures capacity) {

    /** The survivors' load against their capacity over the span, per minute; null when not judged. */
    public record CapacityFigures(String cluster, double loadPerMinute, double capacityPerMinute, double ratio,
            double threshold) {
    }
}
