package dev.lull.platform;

import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.WithDefault;

/** How much memory the in-process caches may hold together ({@code lull.platform.caches.*}); each cache takes a fixed share. */
public interface CacheConfig {
    /** The share of the maximum heap that all caches together may hold (estimated bytes), above 0 and at most 0.5. */
    @WithDefault("0.25")
    double heapShare();

    /** A fixed budget in bytes instead of the heap share (e.g. {@code 64M}). */
    Optional<MemorySize> budget();
}
