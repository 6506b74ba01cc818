package dev.lull.calendar;

import java.time.Instant;

/**
 * A feed as the API shows it. {@code url} (the path) and {@code subscribeUrl} (absolute) carry the secret token
 * and appear only in the response that creates the feed.
 */
public record FeedView(long id, String owner, ScopeBody scope, boolean includeBlackouts, boolean includeTentative,
        String calendarName, Instant createdAt, String url, String subscribeUrl) {

    static FeedView of(CalendarFeed feed) {
        return new FeedView(feed.id, feed.owner, feed.scope().body(), feed.includeBlackouts, feed.includeTentative,
                feed.scope().calendarName(), feed.createdAt, null, null);
    }

    FeedView withAddress(String path, String publicUrl) {
        return new FeedView(id, owner, scope, includeBlackouts, includeTentative, calendarName, createdAt, path,
                publicUrl.replaceAll("/+$", "") + path);
    }
}
