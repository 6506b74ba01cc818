package dev.lull.availability;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of availability: the load threshold and how it is watched. */
@ConfigMapping(prefix = "lull.availability")
public interface AvailabilityConfig {
    /** The share of a host's capacity above which its load counts as too high. */
    @WithDefault("0.8")
    double threshold();

    /** The span over which load is averaged before it is compared with the threshold. */
    @WithDefault("PT15M")
    Duration thresholdSpan();

    /** How often the threshold is checked (a Quarkus scheduler interval such as 1m, or off). */
    @WithDefault("1m")
    String thresholdCheckEvery();
}
