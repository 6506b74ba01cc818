package dev.lull.calendar;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import net.fortuna.ical4j.model.component.VEvent;

/** One item of a feed: its event (and, for a blackout, the occurrences that differ), ordered by start, then UID. */
record FeedEntry(Instant start, String uid, Instant lastModified, List<VEvent> events) {
    static final Comparator<FeedEntry> ORDER = Comparator.comparing(FeedEntry::start).thenComparing(FeedEntry::uid);

    FeedEntry {
        events = List.copyOf(events);
    }
}
