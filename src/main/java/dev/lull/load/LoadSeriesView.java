package dev.lull.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A host's load between two instants at one step; steps without samples are left out. */
public record LoadSeriesView(String host, String timeZone, Duration step, Instant from, Instant to,
        List<LoadPoint> points) {
}
