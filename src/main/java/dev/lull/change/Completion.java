package dev.lull.change;

import java.util.Objects;

import dev.lull.schedule.Interval;

/** What the implementer reports on {@code complete}: the outcome, the actual start and end, and a comment. */
public record Completion(Outcome outcome, Interval actual, String comment) {
    public Completion {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(actual, "actual");
    }
}
