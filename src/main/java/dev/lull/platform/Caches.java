package dev.lull.platform;

import java.time.Duration;
import java.util.function.ToLongBiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The one way to cache in Lull: Caffeine, bounded by estimated bytes, each cache a fixed share of one budget (a share
 * of the heap, {@code lull.platform.caches.heap-share}), with hits, misses, evictions, size and bytes on {@code /q/metrics}.
 */
@ApplicationScoped
public class Caches {
    /**
     * What each entry costs besides its key and value: Caffeine's node, map slot and sketch, the future, the stamped
     * pair and a stamp of an hour and a version or two (JOL measured 214 bytes with a {@code Long} key).
     */
    static final int ENTRY_OVERHEAD = 200;
    private final long budget;
    private final MeterRegistry registry;

    @Inject
    Caches(PlatformConfig config, MeterRegistry registry) {
        this(budget(config.caches(), Runtime.getRuntime().maxMemory()), registry);
    }

    public Caches(long budget, MeterRegistry registry) {
        this.budget = budget;
        this.registry = registry;
    }

    /** The budget of all caches: the configured bytes, else the heap share of {@code maxHeap}. */
    static long budget(CacheConfig config, long maxHeap) {
        if (config.budget().isPresent()) {
            return config.budget().get().asLongValue();
        }
        double share = config.heapShare();
        if (!(share > 0 && share <= 0.5)) {
            throw new IllegalArgumentException(
                    "lull.platform.caches.heap-share must be above 0 and at most 0.5: " + share);
        }
        return (long) (maxHeap * share);
    }

    public long budget() {
        return budget;
    }

    /**
     * A cache named {@code name} (the {@code cache} tag of its metrics) that holds at most {@code share} of the budget,
     * each entry weighed by {@code bytes} (its key and value) plus a fixed overhead, and dropped {@code expiry} after
     * it was written at the latest. Its upkeep (weighing a finished entry, evicting) runs on the calling thread: the
     * default, the common pool, has one thread on two cores, so the JDK started a new thread for every cache fill.
     */
    public <K, S, V> StampedCache<K, S, V> stamped(String name, double share, Duration expiry,
            ToLongBiFunction<K, V> bytes) {
        StatsCounter stats = new ConcurrentStatsCounter();
        long maximum = (long) (budget * share);
        AsyncCache<K, StampedCache.Stamped<S, V>> cache = Caffeine.newBuilder()
                .maximumWeight(maximum).<K, StampedCache.Stamped<S, V>>weigher(
                        (key, entry) -> weight(bytes.applyAsLong(key, entry.value())))
                .expireAfterWrite(expiry).recordStats(() -> stats).executor(Runnable::run).buildAsync();
        CaffeineCacheMetrics.monitor(registry, cache, name);
        Gauge.builder("cache.weight", cache, c -> c.synchronous().policy().eviction().orElseThrow().weightedSize()
                .orElse(0)).tag("cache", name).baseUnit("bytes").description("Estimated bytes held").register(registry);
        Gauge.builder("cache.max.weight", () -> maximum).tag("cache", name).baseUnit("bytes")
                .description("The most bytes the cache may hold").register(registry);
        return new StampedCache<>(cache, stats);
    }

    private static int weight(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, ENTRY_OVERHEAD + bytes);
    }
}
