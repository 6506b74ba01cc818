package dev.lull.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the platform: how large a request, its URI and its headers may be, and how much the caches hold. */
@ConfigMapping(prefix = "lull.platform")
public interface PlatformConfig {
    /** Largest request body of every endpoint that does not stream and limit its body itself (413 beyond). */
    @WithDefault("1M")
    MemorySize maxBody();

    /** Longest request URI, path and query (414 beyond); keep it below quarkus.http.limits.max-initial-line-length. */
    @WithDefault("4096")
    int maxUri();

    /** Largest header section (431 beyond); keep it below quarkus.http.limits.max-header-size. */
    @WithDefault("20K")
    MemorySize maxHeaders();

    /** The memory budget of the in-process caches. */
    CacheConfig caches();
}
