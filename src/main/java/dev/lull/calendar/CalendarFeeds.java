package dev.lull.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.change.ChangeHistoryEntry;
import dev.lull.change.ChangeListing;
import dev.lull.change.ChangeRequest;
import dev.lull.change.ChangeStatus;
import dev.lull.platform.ETags;
import dev.lull.schedule.Blackout;
import dev.lull.schedule.BlackoutOccurrence;
import dev.lull.schedule.BlackoutTimeline;
import dev.lull.schedule.Interval;
import dev.lull.watchdog.WatchLines;

/** Renders a feed: the changes and blackouts in its scope, from some days back to a year ahead. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CalendarFeeds {
    private static final Set<ChangeStatus> TENTATIVE = Set.of(ChangeStatus.NEW, ChangeStatus.ASSESS,
            ChangeStatus.AUTHORIZE);
    private final Clock clock;
    private final CalendarConfig config;
    private final ScopeTargets targets;
    private final BlackoutTimeline timeline;
    private final ChangeListing listing;
    private final WatchLines watchLines;

    CalendarFeeds(Clock clock, CalendarConfig config, ScopeTargets targets, BlackoutTimeline timeline,
            ChangeListing listing, WatchLines watchLines) {
        this.clock = clock;
        this.config = config;
        this.targets = targets;
        this.timeline = timeline;
        this.listing = listing;
        this.watchLines = watchLines;
    }

    public RenderedFeed render(CalendarFeed feed) {
        Instant now = Instant.now(clock);
        Interval range = new Interval(now.minus(config.rangeBack()), now.plus(config.rangeAhead()));
        Directory directory = Directory.load();
        ScopeFilter filter = targets.filter(feed.scope(), directory);
        List<FeedEntry> entries = new ArrayList<>(changes(feed, filter, range, now, directory));
        if (feed.includeBlackouts) {
            entries.addAll(blackouts(filter, range));
        }
        String body = FeedCalendar.render(feed.scope().calendarName(), config.refreshInterval(), range, entries);
        Instant lastModified = entries.stream().map(FeedEntry::lastModified).reduce(feed.createdAt,
                (a, b) -> a.isAfter(b) ? a : b);
        return new RenderedFeed(body, ETags.value(lastModified, FeedTokens.sha256(body)), lastModified);
    }

    private List<FeedEntry> changes(CalendarFeed feed, ScopeFilter filter, Interval range, Instant now,
            Directory directory) {
        List<ChangeRequest> covered = inScope(feed.scope(), filter, range);
        Map<Long, ChangeRevisions> revisions = revisions(covered);
        ChangeEvents events = new ChangeEvents(config.domain(), config.publicUrl(), directory);
        List<ChangeRequest> shown = covered.stream()
                .filter(change -> shown(feed, change, revisions.get(change.id), now)).toList();
        Map<Long, String> watches = watchLines.of(shown);
        return shown.stream().map(change -> events.entry(change, revisions.get(change.id), watches.get(change.id)))
                .toList();
    }

    /** The changes in the range that the scope covers; the query alone decides for hosts, clusters and everything. */
    private List<ChangeRequest> inScope(FeedScope scope, ScopeFilter filter, Interval range) {
        String host = scope.kind() == ScopeKind.HOST ? scope.value() : null;
        String cluster = scope.kind() == ScopeKind.CLUSTER ? scope.value() : null;
        List<ChangeRequest> found = listing
                .find(new ChangeListing.Criteria(null, host, cluster, range.start(), range.end()));
        return switch (scope.kind()) {
            case ROLE, PERSON -> found.stream().filter(filter::covers).toList();
            case HOST, CLUSTER, ALL -> found;
        };
    }

    /**
     * Changes before SCHEDULED only when tentative ones are wanted; canceled ones for a while, if they were shown:
     * never one canceled before it was ever submitted, which nobody was asked to plan around.
     */
    private boolean shown(CalendarFeed feed, ChangeRequest change, ChangeRevisions revisions, Instant now) {
        if (change.status != ChangeStatus.CANCELED) {
            return feed.includeTentative || !TENTATIVE.contains(change.status);
        }
        Instant canceledAt = revisions.canceledAt() == null ? change.updatedAt : revisions.canceledAt();
        return revisions.everSubmitted() && canceledAt.isAfter(now.minus(config.keepCanceled()))
                && (feed.includeTentative || revisions.everScheduled());
    }

    private static Map<Long, ChangeRevisions> revisions(List<ChangeRequest> changes) {
        if (changes.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = changes.stream().map(change -> change.id).toList();
        Map<Long, List<ChangeHistoryEntry>> history = ChangeHistoryEntry.<ChangeHistoryEntry>list(
                "changeId in ?1 order by id", ids).stream()
                .collect(Collectors.groupingBy(entry -> entry.changeId));
        return ids.stream().collect(Collectors.toMap(id -> id,
                id -> ChangeRevisions.of(history.getOrDefault(id, List.of()))));
    }

    private List<FeedEntry> blackouts(ScopeFilter filter, Interval range) {
        Map<Long, List<Interval>> windows = timeline.occurrences(range).items().stream().filter(filter::covers)
                .collect(Collectors.groupingBy(BlackoutOccurrence::blackoutId, TreeMap::new,
                        Collectors.mapping(BlackoutOccurrence::window, Collectors.toList())));
        BlackoutEvents events = new BlackoutEvents(config.domain());
        return windows.entrySet().stream()
                .map(entry -> events.entry(Blackout.findById(entry.getKey()), entry.getValue())).toList();
    }
}
