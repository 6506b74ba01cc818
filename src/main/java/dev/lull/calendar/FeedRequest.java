package dev.lull.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new feed: what it covers, and whether blackouts and not-yet-scheduled changes show (both by default). */
@Schema(description = "A feed as created", example = """
        {"scope": {"cluster": "mbox"}, "includeBlackouts": true, "includeTentative": false}""")
public record FeedRequest(@NotNull @Valid ScopeBody scope, Boolean includeBlackouts, Boolean includeTentative) {
}
