package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;

import dev.lull.platform.Bytes;
import dev.lull.platform.Caches;
import dev.lull.platform.StampedCache;
import dev.lull.schedule.BudgetImpact;

/**
 * Answers to proposal requests with their JSON, kept while the hour, the timeline version and the host's history
 * version stay the same: a repeated request then costs no database read while {@link ProposalVersions} knows the
 * versions in memory (two indexed reads while its listener is down) instead of the whole computation, and is sent
 * from the bytes written once. Holds {@value #SHARE} of the cache budget, by the answers' estimated bytes.
 */
@ApplicationScoped
@Startup
public class ProposalCache {
    static final double SHARE = 0.25;
    private final StampedCache<Key, Stamp, Answer> answers;
    private final ObjectMapper json;

    ProposalCache(Caches caches, ObjectMapper json) {
        this.json = json;
        this.answers = caches.stamped("proposal-answers", SHARE, Duration.ofHours(1),
                (key, answer) -> key.bytes() + answer.bytes());
    }

    /** The cached answer for this request, or a fresh one from the view {@code compute} makes. */
    Answer get(long hostId, ProposalQuery query, long timelineVersion, long historyVersion, Instant hour,
            Supplier<ProposalView> compute) {
        return answers.get(new Key(hostId, query), new Stamp(timelineVersion, historyVersion, hour),
                () -> answer(compute.get()));
    }

    /** The answer held for this request, counted as a hit, else empty (never computed). */
    Optional<Answer> held(long hostId, ProposalQuery query, long timelineVersion, long historyVersion, Instant hour) {
        Answer held = answers.held(new Key(hostId, query), new Stamp(timelineVersion, historyVersion, hour));
        if (held != null) {
            answers.hit();
        }
        return Optional.ofNullable(held);
    }

    /** The view with its JSON, written by the API's own mapper (its roundings and formats) once for every asker. */
    private Answer answer(ProposalView view) {
        try {
            return new Answer(view, json.writeValueAsBytes(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing a proposal answer failed", e);
        }
    }

    /** Estimated bytes held. */
    long weight() {
        return answers.weight();
    }

    /** The answers held now, by question. */
    Map<?, Answer> snapshot() {
        return answers.snapshot();
    }

    /** Estimated retained bytes of an answer; the model's name is shared. */
    static long bytes(ProposalView view) {
        return Bytes.object(7, 0) + Bytes.string(view.host()) + Bytes.string(view.timeZone()) + 3 * Bytes.INSTANT
                + Bytes.object(1, 8)
                + Bytes.list(view.candidates(), ProposalCache::bytes);
    }

    private static long bytes(CandidateView candidate) {
        return Bytes.object(10, 0) + 2 * Bytes.INSTANT + 2 * Bytes.OFFSET_DATE_TIME + 3 * Bytes.BOXED
                + Bytes.string(candidate.reason())
                + Bytes.list(candidate.budgetImpact(), ProposalCache::bytes);
    }

    private static long bytes(BudgetImpact impact) {
        return Bytes.object(6, 17) + Bytes.string(impact.scope()) + Bytes.string(impact.name())
                + Bytes.object(2, 0) + 5 * Bytes.INSTANT;
    }

    /**
     * An answer as the engine and the booking rules made it, and as the API sends it: a repeated question is written
     * from these bytes, not serialized again; they are shared by every asker and never changed.
     */
    record Answer(ProposalView view, byte[] json) {
        long bytes() {
            return Bytes.object(2, 0) + ProposalCache.bytes(view) + Bytes.bytes(json.length);
        }
    }

    /** One request: the host and its validated parameters. */
    private record Key(long hostId, ProposalQuery query) {
        long bytes() {
            return Bytes.object(1, 8) + Bytes.object(5, 4) + 4 * Bytes.INSTANT;
        }
    }

    /** What an answer was computed under. */
    private record Stamp(long timelineVersion, long historyVersion, Instant hour) {
    }
}
