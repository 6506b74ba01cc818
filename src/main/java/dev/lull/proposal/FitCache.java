package dev.lull.proposal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Each host's fitted model for the current hour and history version (which every ingest moves, on any replica).
 * Requests that miss together wait for one fit instead of each making their own.
 */
@ApplicationScoped
class FitCache {
    private final Map<FitKey, CachedFit> fits = new ConcurrentHashMap<>();
    private final Map<FitKey, Object> locks = new ConcurrentHashMap<>();
    /**
     * The host's fit for {@code hour} and {@code historyVersion} (read before the history the fit will read), made by
     * {@code fit} once, whoever asks at the same time, when missing.
     */
    Fitted get(long hostId, String zone, boolean withRaw, Instant hour, long historyVersion,
            Supplier<Fitted> fit) {
        FitKey key = new FitKey(hostId, zone, withRaw);
        CachedFit cached = fits.get(key);
        if (cached != null && cached.holds(hour, historyVersion)) {
            return cached.fitted();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            cached = fits.get(key);
            if (cached != null && cached.holds(hour, historyVersion)) {
                return cached.fitted();
            }
            Fitted fitted = fit.get();
            fits.put(key, new CachedFit(hour, historyVersion, fitted));
            return fitted;
        }
    }

    /** Which fit: a host, in its zone, with or without raw samples. */
    private record FitKey(long hostId, String zone, boolean withRaw) {
    }

    /** A fit, the hour it holds for and the history version it was read under. */
    private record CachedFit(Instant hour, long historyVersion, Fitted fitted) {
        boolean holds(Instant now, long current) {
            return hour.equals(now) && historyVersion == current;
        }
    }
}
