package dev.lull.load;

import java.time.Duration;
import java.util.List;

import dev.lull.platform.PeriodView;

/** A host's load over a period at one step; steps without samples are left out. */
public record LoadSeriesView(String host, String timeZone, Duration step, PeriodView period, List<LoadPoint> points) {
}
