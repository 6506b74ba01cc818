package dev.lull.change;

import java.time.Instant;

/** How implementation ended. */
public record CompletionView(Outcome outcome, Instant actualStart, Instant actualEnd, String comment) {
}
