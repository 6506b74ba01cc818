package dev.lull.proposal;

import java.time.Instant;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.load.HistoryVersion;
import dev.lull.load.LoadQueries;
import dev.lull.schedule.TimelineVersion;

/**
 * The versions cached proposals are stamped with: the timeline version and each host's history version, from memory
 * while this replica's {@link VersionListener} is connected (the database announces every move), from the database
 * on every request while it is not.
 */
@ApplicationScoped
class ProposalVersions {
    private final VersionBook book = new VersionBook();
    private final TimelineVersion timeline;
    private final LoadQueries load;

    ProposalVersions(TimelineVersion timeline, LoadQueries load) {
        this.timeline = timeline;
        this.load = load;
    }

    long timeline() {
        return book.timeline(timeline::current);
    }

    /** The version of the host's history before {@code hourStart} (HistoryVersion#before). */
    long history(long hostId, Instant hourStart) {
        return book.history(hostId, () -> load.historyVersion(hostId)).before(hourStart);
    }

    /** The timeline version held in memory, empty while the listener is down. */
    OptionalLong knownTimeline() {
        return book.knownTimeline();
    }

    /** The version of the host's history before {@code hourStart} held in memory, empty when it would be read. */
    OptionalLong knownHistory(long hostId, Instant hourStart) {
        HistoryVersion known = book.knownHistory(hostId);
        return known == null ? OptionalLong.empty() : OptionalLong.of(known.before(hourStart));
    }

    /** What the listener keeps current. */
    VersionBook book() {
        return book;
    }
}
