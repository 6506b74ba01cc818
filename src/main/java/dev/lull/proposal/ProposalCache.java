package dev.lull.proposal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers to proposal requests, kept while the hour, the timeline version and the host's history version stay the
 * same: a repeated request then costs two indexed reads (the versions) instead of the whole computation.
 */
@ApplicationScoped
public class ProposalCache {
    static final int MAX_ENTRIES = 20_000;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /** The cached view for this request, or a fresh one from {@code compute}. */
    ProposalView get(long hostId, ProposalQuery query, long timelineVersion, long historyVersion, Instant hour,
            Supplier<ProposalView> compute) {
        Key key = new Key(hostId, query);
        Entry entry = entries.get(key);
        if (entry != null && entry.timelineVersion() == timelineVersion
                && entry.historyVersion() == historyVersion && entry.hour().equals(hour)) {
            return entry.view();
        }
        ProposalView view = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(timelineVersion, historyVersion, hour, view));
        return view;
    }

    /** One request: the host and its validated parameters. */
    private record Key(long hostId, ProposalQuery query) {
    }

    /** A cached answer and what it was computed under. */
    private record Entry(long timelineVersion, long historyVersion, Instant hour, ProposalView view) {
    }
}
