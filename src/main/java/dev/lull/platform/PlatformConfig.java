package dev.lull.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the platform: how large a request may be. */
@ConfigMapping(prefix = "lull.platform")
public interface PlatformConfig {
    /** Largest request body of every endpoint that does not stream and limit its body itself (413 beyond). */
    @WithDefault("1M")
    MemorySize maxBody();
}
