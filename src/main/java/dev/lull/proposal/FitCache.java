package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import dev.lull.platform.Bytes;
import dev.lull.platform.Caches;
import dev.lull.platform.StampedCache;

/**
 * Each host's fitted model for the current hour and history version (which every ingest moves, on any replica).
 * Requests that miss together wait for one fit instead of each making their own. Holds {@value #SHARE} of the cache
 * budget, by the fits' estimated bytes.
 */
@ApplicationScoped
@Startup
class FitCache {
    static final double SHARE = 0.45;
    private final StampedCache<FitKey, Stamp, Fitted> fits;

    FitCache(Caches caches) {
        this.fits = caches.stamped("proposal-fits", SHARE, Duration.ofHours(1),
                (key, fitted) -> key.bytes() + fitted.bytes());
    }

    /**
     * The host's fit for {@code hour} and {@code historyVersion} (read before the history the fit will read), made by
     * {@code fit} once, whoever asks at the same time, when missing.
     */
    Fitted get(long hostId, String zone, boolean withRaw, Instant hour, long historyVersion, Supplier<Fitted> fit) {
        return fits.get(new FitKey(hostId, zone, withRaw), new Stamp(hour, historyVersion), fit);
    }

    /** Estimated bytes held. */
    long weight() {
        return fits.weight();
    }

    /** Which fit: a host, in its zone, with or without raw samples. */
    private record FitKey(long hostId, String zone, boolean withRaw) {
        long bytes() {
            return Bytes.object(2, 9) + Bytes.string(zone);
        }
    }

    /** The hour a fit holds for and the history version it was read under. */
    private record Stamp(Instant hour, long historyVersion) {
    }
}
