package dev.lull.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A new feed: what it covers, and whether blackouts and not-yet-scheduled changes show (both by default). */
public record FeedRequest(@NotNull @Valid ScopeBody scope, Boolean includeBlackouts, Boolean includeTentative) {
}
