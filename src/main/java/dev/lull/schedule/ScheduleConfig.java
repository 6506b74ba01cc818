package dev.lull.schedule;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the schedule: how far blackouts are expanded at once. */
@ConfigMapping(prefix = "lull.schedule")
public interface ScheduleConfig {
    /** The longest range {@code GET /api/v1/blackouts?from=&to=} expands. */
    @WithDefault("P400D")
    Duration maxExpansion();

    /** The most occurrences one recurring blackout yields in one range. */
    @WithDefault("5000")
    int maxOccurrences();
}
