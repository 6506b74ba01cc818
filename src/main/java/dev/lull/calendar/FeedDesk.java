package dev.lull.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import dev.lull.change.Caller;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.Paged;

/** Creates, lists and revokes feeds, and finds a feed by its secret token. */
@ApplicationScoped
@Transactional
public class FeedDesk {
    private final Clock clock;
    private final CalendarConfig config;
    private final ScopeTargets targets;

    FeedDesk(Clock clock, CalendarConfig config, ScopeTargets targets) {
        this.clock = clock;
        this.config = config;
        this.targets = targets;
    }

    /** Stores a new feed for {@code owner}; the view carries the token, which is shown this once. */
    public FeedView create(FeedRequest request, String owner) {
        FeedScope named = request.scope().scope();
        FeedScope scope = named.forCaller(owner);
        if (scope.equals(named)) {
            targets.requireExisting(scope);
        }
        String token = FeedTokens.generate();
        CalendarFeed feed = new CalendarFeed();
        feed.tokenHash = FeedTokens.sha256(token);
        feed.owner = owner;
        feed.scopeKind = scope.kind();
        feed.scopeValue = scope.value();
        feed.includeBlackouts = request.includeBlackouts() == null || request.includeBlackouts();
        feed.includeTentative = request.includeTentative() == null || request.includeTentative();
        feed.createdAt = Instant.now(clock);
        feed.persistAndFlush();
        return FeedView.of(feed).withAddress("/calendar/" + token + ".ics", config.publicUrl());
    }

    /** The caller's own feeds; every feed for an admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<FeedView> list(Caller caller, int page, int size) {
        return caller.isAdmin()
                ? Paged.of(CalendarFeed.findAll(Sort.by("id")), FeedView::of, page, size)
                : ownedBy(caller.username(), page, size);
    }

    /** The feeds {@code owner} created, oldest first; their addresses are not shown again. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<FeedView> ownedBy(String owner, int page, int size) {
        return Paged.of(CalendarFeed.<CalendarFeed>find("owner", Sort.by("id"), owner), FeedView::of, page, size);
    }

    /**
     * Deletes the feed, so that its address answers 404 from now on; only its owner or an admin may. Another
     * person's feed answers 404 like a missing one, so that feed ids cannot be enumerated.
     */
    public void revoke(long id, Caller caller) {
        CalendarFeed feed = CalendarFeed.<CalendarFeed>findByIdOptional(id)
                .filter(found -> caller.isAdmin() || found.owner.equals(caller.username()))
                .orElseThrow(() -> ApiProblem.notFound("no feed with id " + id));
        feed.delete();
    }

    /** The feed whose token this is, if it has not been revoked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CalendarFeed> find(String token) {
        return CalendarFeed.findByTokenHash(FeedTokens.sha256(token));
    }
}
