package dev.lull.change;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of change requests: minimum notice per type, page sizes, review load weeks and reminders. */
@ConfigMapping(prefix = "lull.changes")
public interface ChangeConfig {
    /** How long before its window a change of each type must pass its checks. */
    Notice minimumNotice();

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

    /** The notice as the conflict check takes it. */
    default MinimumNotice notice() {
        return new MinimumNotice(minimumNotice().normal(), minimumNotice().standard(), minimumNotice().emergency());
    }

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
