package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

import dev.lull.platform.Bytes;
import dev.lull.platform.Caches;
import dev.lull.platform.StampedCache;

/**
 * Each host's fitted model per hour and history version (which every ingest moves, on any replica). Requests that
 * miss together wait for one fit instead of each making their own. The hour is part of the key, so that the next
 * hour's fit, made ahead of time ({@link FitRefresh}), stands beside the current one; each fit remembers when it was
 * last asked for. Holds {@value #SHARE} of the cache budget, by the fits' estimated bytes.
 */
@ApplicationScoped
@Startup
class FitCache {
    static final double SHARE = 0.45;
    /** An hour, and room for a fit made ahead of its hour to last through it. */
    static final Duration EXPIRY = Duration.ofMinutes(90);
    private final StampedCache<FitKey, Long, Entry> fits;

    FitCache(Caches caches) {
        this.fits = caches.stamped("proposal-fits", SHARE, EXPIRY, (key, entry) -> key.bytes() + entry.bytes());
    }

    /**
     * The host's fit for {@code hour} and {@code historyVersion} (read before the history the fit will read), made by
     * {@code fit} once, whoever asks at the same time, when missing; marked as asked for at {@code now}.
     */
    Fitted get(long hostId, String zone, boolean withRaw, Instant hour, long historyVersion, Instant now,
            Supplier<Fitted> fit) {
        Entry entry = fits.get(new FitKey(hostId, zone, withRaw, hour), historyVersion,
                () -> new Entry(fit.get(), new AtomicLong(now.getEpochSecond())));
        entry.askedAt().accumulateAndGet(now.getEpochSecond(), Math::max);
        return entry.fitted();
    }

    /**
     * Makes the fit of {@code asked}'s host for {@code hour} under {@code historyVersion} unless it is held already;
     * it counts as asked for when the current one was. Whether a fit was made.
     */
    boolean makeAhead(Asked asked, Instant hour, long historyVersion, Supplier<Fitted> fit) {
        FitKey key = new FitKey(asked.hostId(), asked.zone(), asked.withRaw(), hour);
        if (fits.holds(key, historyVersion)) {
            return false;
        }
        fits.get(key, historyVersion, () -> new Entry(fit.get(), new AtomicLong(asked.at().getEpochSecond())));
        return true;
    }

    /** The fits for {@code hour} last asked for at or after {@code since}, most recently asked first. */
    List<Asked> askedSince(Instant hour, Instant since) {
        return fits.snapshot().entrySet().stream().filter(e -> e.getKey().hour().equals(hour))
                .map(e -> e.getKey().asked(e.getValue().askedAt().get()))
                .filter(asked -> !asked.at().isBefore(since))
                .sorted((a, b) -> b.at().compareTo(a.at())).toList();
    }

    /**
     * Drops the fits of hours before {@code hour}; when was last asked for each passes to its fit for {@code hour}
     * where there is one.
     */
    void dropBefore(Instant hour) {
        Map<FitKey, Entry> held = fits.snapshot();
        held.forEach((key, entry) -> {
            if (key.hour().isBefore(hour)) {
                Entry current = held.get(key.at(hour));
                if (current != null) {
                    current.askedAt().accumulateAndGet(entry.askedAt().get(), Math::max);
                }
            }
        });
        fits.removeIf(key -> key.hour().isBefore(hour));
    }

    /** Estimated bytes held. */
    long weight() {
        return fits.weight();
    }

    /** A host's fit that was asked for, and when last. */
    record Asked(long hostId, String zone, boolean withRaw, Instant at) {
    }

    /** Which fit: a host, in its zone, with or without raw samples, for an hour. */
    private record FitKey(long hostId, String zone, boolean withRaw, Instant hour) {
        long bytes() {
            return Bytes.object(3, 9) + Bytes.string(zone) + Bytes.INSTANT;
        }

        FitKey at(Instant other) {
            return new FitKey(hostId, zone, withRaw, other);
        }

        Asked asked(long epochSecond) {
            return new Asked(hostId, zone, withRaw, Instant.ofEpochSecond(epochSecond));
        }
    }

    /** A fit and when it was last asked for (epoch second). */
    private record Entry(Fitted fitted, AtomicLong askedAt) {
        long bytes() {
            return Bytes.object(2, 0) + Bytes.object(0, 8) + fitted.bytes();
        }
    }
}
