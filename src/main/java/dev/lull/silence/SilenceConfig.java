package dev.lull.silence;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of alert silencing: how often due silences are sent to Alertmanager, leases, retries, the link. */
@ConfigMapping(prefix = "lull.silence")
public interface SilenceConfig {
    /** How often the silence worker runs (a Quarkus scheduler interval such as 5s, or off). */
    @WithDefault("5s")
    String every();

    /** How long a worker holds a silence it is sending. */
    @WithDefault("PT1M")
    Duration lease();

    /** Connect and request timeout of each call to Alertmanager. */
    @WithDefault("PT10S")
    Duration timeout();

    /** The first retry delay; each further failure doubles it, up to {@link #maxDelay()}. */
    @WithDefault("PT10S")
    Duration retryBase();

    /** The longest delay between two attempts. */
    @WithDefault("PT5M")
    Duration maxDelay();

    /** Lull's public address, for the link to the change in a silence's comment (none when absent). */
    Optional<String> publicUrl();
}
