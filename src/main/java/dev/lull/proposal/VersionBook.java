package dev.lull.proposal;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import dev.lull.load.HistoryVersion;

/**
 * The timeline version and hosts' history versions as this replica knows them while its listener is connected: each
 * announcement of a move raises them, and a host not yet known is read once and then followed. While the listener is
 * down the book is closed and every version is read from the database; reopening starts from nothing, so no version
 * known before a lost connection (whose announcements may have been missed) is ever used again. Versions only grow,
 * so every update keeps the larger value and announcements may arrive in any order. Plain Java, no database.
 */
final class VersionBook {
    private final AtomicReference<Page> page = new AtomicReference<>();

    /** Opens a new page at {@code timeline}, read after listening began; what the previous page knew is dropped. */
    void open(long timeline) {
        page.set(new Page(new AtomicLong(timeline), new ConcurrentHashMap<>()));
    }

    /** The listener is down: versions are read from the database until the book is opened again. */
    void close() {
        page.set(null);
    }

    boolean isOpen() {
        return page.get() != null;
    }

    /**
     * Applies an announcement ({@code t:<version>}, see V300, or
     * {@code h:<host>:<version>:<hour>:<settled>:<settled before>}, see V321); false if it is not one.
     */
    boolean apply(String payload) {
        Page current = page.get();
        String[] parts = payload.split(":");
        try {
            if (parts.length == 2 && parts[0].equals("t")) {
                if (current != null) {
                    current.timeline().accumulateAndGet(Long.parseLong(parts[1]), Math::max);
                }
                return true;
            }
            if (parts.length == 6 && parts[0].equals("h")) {
                HistoryVersion moved = HistoryVersion.parse(parts[2], parts[3], parts[4], parts[5]);
                if (current != null) {
                    current.history().merge(Long.parseLong(parts[1]), moved, HistoryVersion::later);
                }
                return true;
            }
        } catch (NumberFormatException e) {
            return false;
        }
        return false;
    }

    /** The timeline version known, or {@code read} from the database while the book is closed. */
    long timeline(LongSupplier read) {
        Page current = page.get();
        return current == null ? read.getAsLong() : current.timeline().get();
    }

    /** The timeline version known, empty while the book is closed. */
    OptionalLong knownTimeline() {
        Page current = page.get();
        return current == null ? OptionalLong.empty() : OptionalLong.of(current.timeline().get());
    }

    /**
     * The host's history version: the one known, else {@code read} (from the database) and followed from then on.
     * A value read while an announcement was on its way is outgrown by it; one read under a page that was closed in
     * the meantime lands in that dropped page only.
     */
    HistoryVersion history(long hostId, Supplier<HistoryVersion> read) {
        Page current = page.get();
        if (current == null) {
            return read.get();
        }
        HistoryVersion known = current.history().get(hostId);
        if (known != null) {
            return known;
        }
        return current.history().merge(hostId, read.get(), HistoryVersion::later);
    }

    /** The host's history version when it is followed on the open page, else null (never read). */
    HistoryVersion knownHistory(long hostId) {
        Page current = page.get();
        return current == null ? null : current.history().get(hostId);
    }

    /** Whether the host's history version is followed on the open page. */
    boolean follows(long hostId) {
        return knownHistory(hostId) != null;
    }

    /** The hosts followed on the open page with their versions (empty while closed): what a check compares. */
    Map<Long, HistoryVersion> followed() {
        Page current = page.get();
        return current == null ? Map.of() : Map.copyOf(current.history());
    }

    /**
     * Raises what is known to versions just read from the database (a check as safety net); returns how many of them
     * were ahead, which happens when an announcement is still on its way or was lost.
     */
    int raise(long timeline, Map<Long, HistoryVersion> history) {
        Page current = page.get();
        if (current == null) {
            return 0;
        }
        return (current.timeline().getAndAccumulate(timeline, Math::max) < timeline ? 1 : 0) + raise(history);
    }

    /** Raises what is known of these hosts' history versions to those just read; how many were ahead. */
    int raise(Map<Long, HistoryVersion> history) {
        Page current = page.get();
        if (current == null) {
            return 0;
        }
        int behind = 0;
        for (Map.Entry<Long, HistoryVersion> read : history.entrySet()) {
            HistoryVersion before = current.history().get(read.getKey());
            if (before != null && read.getValue().isAfter(before)) {
                current.history().merge(read.getKey(), read.getValue(), HistoryVersion::later);
                behind++;
            }
        }
        return behind;
    }

    /** One connection's worth of knowledge. */
    private record Page(AtomicLong timeline, ConcurrentHashMap<Long, HistoryVersion> history) {
    }
}
