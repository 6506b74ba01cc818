package dev.lull.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;

@DisplayNameGeneration(ReplaceUnderscores.class)
class CachesTest {
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final Caches caches = new Caches(1_000_000, registry);
    final StampedCache<Integer, Long, String> cache = caches.stamped("test", 0.5, Duration.ofHours(1),
            (key, value) -> 1_000);

    @Test
    void an_entry_holds_for_its_stamp_and_a_new_stamp_replaces_it_in_place() {
        AtomicInteger computed = new AtomicInteger();
        assertThat(cache.get(1, 7L, () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
        assertThat(cache.get(1, 7L, () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
        assertThat(cache.get(1, 8L, () -> "a" + computed.incrementAndGet())).isEqualTo("a2");
        assertThat(cache.size()).isEqualTo(1);
        assertThat(registry.get("cache.gets").tag("cache", "test").tag("result", "hit").functionCounter().count())
                .isEqualTo(1);
        assertThat(registry.get("cache.gets").tag("cache", "test").tag("result", "miss").functionCounter().count())
                .isEqualTo(2);
    }

    @Test
    void a_failed_computation_is_thrown_and_not_kept() {
        assertThatThrownBy(() -> cache.get(1, 7L, () -> {
            throw new IllegalStateException("database gone");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
        assertThat(cache.get(1, 7L, () -> "again")).isEqualTo("again");
    }

    @Test
    void a_failure_reaches_those_waiting_for_it_and_is_not_logged_by_the_cache_again() throws Exception {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger caffeine = Logger.getLogger("com.github.benmanes.caffeine.cache.LocalAsyncCache");
        caffeine.addHandler(handler);
        try {
            CountDownLatch computing = new CountDownLatch(1);
            CountDownLatch fail = new CountDownLatch(1);
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get(1, 7L, () -> {
                computing.countDown();
                await(fail);
                throw new ApiProblem(404, "no host named 'x'");
            }));
            computing.await();
            CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> cache.get(1, 7L, () -> "other"));
            Thread.sleep(50);
            fail.countDown();
            assertThatThrownBy(first::join).hasCauseInstanceOf(ApiProblem.class);
            assertThat(waiting.handle((value, error) -> value != null ? value : error.getCause()).join())
                    .satisfiesAnyOf(value -> assertThat(value).isEqualTo("other"),
                            value -> assertThat(value).isInstanceOf(ApiProblem.class));
            assertThat(logged).isEmpty();
        } finally {
            caffeine.removeHandler(handler);
        }
    }

    @Test
    void a_held_value_is_found_without_computing_and_only_under_its_stamp_and_counted_when_used() {
        assertThat(cache.held(1, 7L)).isNull();
        cache.get(1, 7L, () -> "a");
        assertThat(cache.held(1, 7L)).isEqualTo("a");
        assertThat(cache.held(1, 8L)).isNull();
        assertThat(registry.get("cache.gets").tag("cache", "test").tag("result", "hit").functionCounter().count())
                .isZero();
        cache.hit();
        assertThat(registry.get("cache.gets").tag("cache", "test").tag("result", "hit").functionCounter().count())
                .isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_cache_keeps_to_its_share_of_the_budget_and_says_so_in_its_metrics() {
        for (int key = 0; key < 2_000; key++) {
            int k = key;
            cache.get(key, 1L, () -> "value " + k);
        }
        long max = 500_000;
        assertThat(cache.weight()).isLessThanOrEqualTo(max).isGreaterThan(max / 2);
        assertThat(cache.size()).isLessThan(2_000);
        assertThat(registry.get("cache.weight").tag("cache", "test").gauge().value()).isEqualTo(cache.weight());
        assertThat(registry.get("cache.max.weight").tag("cache", "test").gauge().value()).isEqualTo(max);
        assertThat(registry.get("cache.evictions").tag("cache", "test").functionCounter().count()).isPositive();
    }

    @Test
    void the_budget_is_a_share_of_the_heap_unless_given_in_bytes() {
        assertThat(Caches.budget(config(0.25, null), 2_000_000_000L)).isEqualTo(500_000_000L);
        assertThat(Caches.budget(config(0.25, "64M"), 2_000_000_000L)).isEqualTo(64L << 20);
        assertThatThrownBy(() -> Caches.budget(config(0.9, null), 1_000)).hasMessageContaining("heap-share");
    }

    private static CacheConfig config(double share, String budget) {
        return new CacheConfig() {
            @Override
            public double heapShare() {
                return share;
            }

            @Override
            public Optional<MemorySize> budget() {
                return Optional.ofNullable(budget).map(new MemorySizeConverter()::convert);
            }
        };
    }
}
