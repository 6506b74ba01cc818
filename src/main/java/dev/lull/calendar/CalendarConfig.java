package dev.lull.calendar;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the calendar feeds: event identity, links, refresh hints and the range of time shown. */
@ConfigMapping(prefix = "lull.calendar")
public interface CalendarConfig {
    /** The right-hand side of every event UID, e.g. {@code 42@lull.example.com}; never change it once published. */
    @WithDefault("lull.invalid")
    String domain();

    /** Where people reach Lull: the base of subscription addresses and of the links from events to the changes. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** How often calendar clients are asked to fetch a feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
    @WithDefault("PT1H")
    Duration refreshInterval();

    /** How far back from now a feed reaches. */
    @WithDefault("P30D")
    Duration rangeBack();

    /** How far ahead of now a feed reaches. */
    @WithDefault("P365D")
    Duration rangeAhead();

    /** How long a canceled change stays in feeds, as CANCELLED, so that clients remove it. */
    @WithDefault("P30D")
    Duration keepCanceled();
}
