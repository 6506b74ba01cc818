package dev.lull.proposal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import dev.lull.load.LoadChanged;

/**
 * Each host's fitted model for the current hour. Requests that miss together wait for one fit instead of each
 * making their own, and an ingest moves the host's history generation, so that a fit (or an answer) made from
 * history read before that ingest is never served after it.
 */
@ApplicationScoped
class FitCache {
    private final Map<FitKey, CachedFit> fits = new ConcurrentHashMap<>();
    private final Map<FitKey, Object> locks = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();

    /** How many ingests have touched the host since the start; answers computed under another value are stale. */
    long generation(long hostId) {
        AtomicLong generation = generations.get(hostId);
        return generation == null ? 0 : generation.get();
    }

    /** The host's fit for {@code hour}, made by {@code fit} (once, whoever asks at the same time) when missing. */
    ProposalEngine.Fitted get(long hostId, String zone, boolean withRaw, Instant hour,
            Supplier<ProposalEngine.Fitted> fit) {
        FitKey key = new FitKey(hostId, zone, withRaw);
        CachedFit cached = fits.get(key);
        if (cached != null && cached.holds(hour, generation(hostId))) {
            return cached.fitted();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            long generation = generation(hostId);
            cached = fits.get(key);
            if (cached != null && cached.holds(hour, generation)) {
                return cached.fitted();
            }
            ProposalEngine.Fitted fitted = fit.get();
            fits.put(key, new CachedFit(hour, generation, fitted));
            return fitted;
        }
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoadChanged changed) {
        changed.hostIds().forEach(id -> generations.computeIfAbsent(id, k -> new AtomicLong()).incrementAndGet());
        fits.keySet().removeIf(key -> changed.hostIds().contains(key.hostId()));
    }

    /** Which fit: a host, in its zone, with or without raw samples. */
    private record FitKey(long hostId, String zone, boolean withRaw) {
    }

    /** A fit, the hour it holds for and the history generation it was read under. */
    private record CachedFit(Instant hour, long generation, ProposalEngine.Fitted fitted) {
        boolean holds(Instant now, long current) {
            return hour.equals(now) && generation == current;
        }
    }
}
