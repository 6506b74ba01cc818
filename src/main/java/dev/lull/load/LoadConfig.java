package dev.lull.load;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of load history: ingest limits and retention. */
@ConfigMapping(prefix = "lull.load")
public interface LoadConfig {
    /** Largest accepted ingest body. */
    @WithDefault("256M")
    MemorySize maxBody();

    /** How long raw samples are kept. */
    @WithDefault("P35D")
    Duration rawRetention();

    /** How long hourly rollups are kept. */
    @WithDefault("P730D")
    Duration rollupRetention();

    /** How often retention runs (a Quarkus scheduler interval such as 1h, or off). */
    @WithDefault("1h")
    String retentionEvery();
}
