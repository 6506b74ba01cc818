package dev.lull.schedule;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the schedule: how far blackouts are expanded at once, and the minimum notice of bookings. */
@ConfigMapping(prefix = "lull.schedule")
public interface ScheduleConfig {
    /** The longest range {@code GET /api/v1/blackouts?from=&to=} expands. */
    @WithDefault("P400D")
    Duration maxExpansion();

    /** The most occurrences one recurring blackout yields in one range. */
    @WithDefault("5000")
    int maxOccurrences();

    /** How long before its window work of each kind must pass the booking rules (proposals keep the longest). */
    Notice minimumNotice();

    /** Minimum notice per change type. */
    interface Notice {
        @WithDefault("PT24H")
        Duration normal();

        @WithDefault("PT1H")
        Duration standard();

        @WithDefault("PT0S")
        Duration emergency();
    }
}
