package dev.lull.calendar;

import java.util.Objects;

/** What one feed covers: a kind and, except for {@code ALL}, the name of the host, cluster, role or person. */
public record FeedScope(ScopeKind kind, String value) {
    public FeedScope {
        Objects.requireNonNull(kind, "kind");
        if ((kind == ScopeKind.ALL) != (value == null)) {
            throw new IllegalArgumentException("scope " + kind + " with value " + value);
        }
    }

    /** The person a scope {@code {"person": "me"}} names. */
    static final String ME = "me";

    /** This scope, with {@code {"person": "me"}} made the caller's own. */
    FeedScope forCaller(String caller) {
        return kind == ScopeKind.PERSON && ME.equals(value) ? new FeedScope(kind, caller) : this;
    }

    /** How calendar clients name the feed, e.g. {@code Lull: host db-01}. */
    public String calendarName() {
        return kind == ScopeKind.ALL ? "Lull: all changes" : "Lull: " + kind.name().toLowerCase() + " " + value;
    }

    ScopeBody body() {
        return switch (kind) {
            case HOST -> new ScopeBody(value, null, null, null, null);
            case CLUSTER -> new ScopeBody(null, value, null, null, null);
            case ROLE -> new ScopeBody(null, null, value, null, null);
            case PERSON -> new ScopeBody(null, null, null, value, null);
            case ALL -> new ScopeBody(null, null, null, null, true);
        };
    }
}
