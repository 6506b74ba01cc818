package dev.lull.change;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of change requests: page sizes, review load weeks and reminders (notice: lull.schedule.minimum-notice). */
@ConfigMapping(prefix = "lull.changes")
public interface ChangeConfig {
    /** Page size of {@code GET /api/v1/changes} when none is asked for. */
    @WithDefault("50")
    int defaultPageSize();

    /** How many earlier weeks give the expected load of a reviewed window. */
    @WithDefault("4")
    int reviewWeeks();

    /** How long before a scheduled window opens its reminder is sent. */
    @WithDefault("PT1H")
    Duration reminderLead();

    /** How often due reminders are looked for (a scheduler interval, or off). */
    @WithDefault("1m")
    String reminderEvery();
}
