package dev.lull.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;

/**
 * A cache whose entries hold while their stamp (an hour, a version) is the one asked with; a stale entry is replaced in
 * place, and callers that miss together on a key wait for one computation. Made by {@link Caches}.
 */
public final class StampedCache<K, S, V> {
    private final AsyncCache<K, Stamped<S, V>> cache;
    private final StatsCounter stats;

    StampedCache(AsyncCache<K, Stamped<S, V>> cache, StatsCounter stats) {
        this.cache = cache;
        this.stats = stats;
    }

    /** The value held for {@code key} under {@code stamp}, else the one {@code compute} makes, once for all askers. */
    public V get(K key, S stamp, Supplier<V> compute) {
        ConcurrentMap<K, CompletableFuture<Stamped<S, V>>> entries = cache.asMap();
        while (true) {
            CompletableFuture<Stamped<S, V>> held = entries.get(key);
            if (!usable(held, stamp)) {
                CompletableFuture<Stamped<S, V>> mine = new CompletableFuture<>();
                held = entries.compute(key, (k, current) -> usable(current, stamp) ? current : mine);
                if (held == mine) {
                    stats.recordMisses(1);
                    return fill(mine, stamp, compute);
                }
            }
            Stamped<S, V> entry = await(held);
            if (entry.stamp().equals(stamp)) {
                stats.recordHits(1);
                return entry.value();
            }
        }
    }

    /**
     * The value held for {@code key} under {@code stamp}, or null when there is none yet (nor one being computed to
     * wait for): never computes and never blocks, so it may be asked on an I/O thread. Counts nothing: a caller that
     * answers with it counts its {@link #hit}; one that goes on to {@link #get} is counted there.
     */
    public V held(K key, S stamp) {
        CompletableFuture<Stamped<S, V>> held = cache.asMap().get(key);
        if (held == null || !held.isDone() || held.isCompletedExceptionally() || !held.join().stamp().equals(stamp)) {
            return null;
        }
        return held.join().value();
    }

    /** Counts a hit: a value found by {@link #held} was used. */
    public void hit() {
        stats.recordHits(1);
    }

    /** Whether a value for {@code key} under {@code stamp} is held (or being computed), without counting a hit. */
    public boolean holds(K key, S stamp) {
        return usable(cache.asMap().get(key), stamp);
    }

    /** Drops the entries whose key matches. */
    public void removeIf(Predicate<K> matches) {
        cache.asMap().keySet().removeIf(matches);
    }

    /** The estimated bytes held now, after pending evictions. */
    public long weight() {
        cache.synchronous().cleanUp();
        return cache.synchronous().policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** The entries held now. */
    public long size() {
        cache.synchronous().cleanUp();
        return cache.synchronous().estimatedSize();
    }

    /** A copy of the values held now, by key (those still being computed left out), to inspect or measure. */
    public Map<K, V> snapshot() {
        Map<K, V> held = new HashMap<>();
        cache.synchronous().asMap().forEach((key, entry) -> held.put(key, entry.value()));
        return held;
    }

    /**
     * Entries being computed are waited for; one with another stamp or a failure is replaced. Done is asked first: a
     * computation failing in between would otherwise be joined as if it had not.
     */
    private static <S> boolean usable(CompletableFuture<? extends Stamped<S, ?>> current, S stamp) {
        if (current == null) {
            return false;
        }
        if (!current.isDone()) {
            return true;
        }
        return !current.isCompletedExceptionally() && current.join().stamp().equals(stamp);
    }

    private V fill(CompletableFuture<Stamped<S, V>> mine, S stamp, Supplier<V> compute) {
        try {
            V value = compute.get();
            mine.complete(new Stamped<>(stamp, value));
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(new FailedFill(e));
            throw e;
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (FailedFill e) {
            throw e.rethrown();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * A computation that failed, as those waiting for it see it. It is a cancellation because Caffeine logs every
     * other failure of a future it holds as a warning with its stack: one per request for an unknown host's name, which
     * any caller could send in a loop. The caller that computed it reports the failure like any other.
     */
    private static final class FailedFill extends CancellationException {
        private static final long serialVersionUID = 1L;

        FailedFill(Throwable cause) {
            super("the computation of a cached value failed");
            initCause(cause);
        }

        /** No stack of its own (its cause has one): making it then cannot fail and leave the key waiting forever. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }

        /** The failure again, for a caller that waited for it: thrown here when it is an error, else returned. */
        RuntimeException rethrown() {
            if (getCause() instanceof Error error) {
                throw error;
            }
            return (RuntimeException) getCause();
        }
    }

    /** A value and the stamp it was computed under. */
    record Stamped<S, V>(S stamp, V value) {
    }
}
