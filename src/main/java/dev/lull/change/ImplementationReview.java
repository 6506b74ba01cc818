package dev.lull.change;

import java.time.Duration;
import java.util.Objects;

import dev.lull.schedule.Interval;

/** The planned window against the actual one. */
public record ImplementationReview(Interval planned, Interval actual) {
    public ImplementationReview {
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(actual, "actual");
    }

    public static ImplementationReview of(Interval planned, Interval actual) {
        return new ImplementationReview(planned, actual);
    }

    /** How late the work started: negative when it started early. */
    public Duration startDelay() {
        return Duration.between(planned.start(), actual.start());
    }

    /** How long the work ran past the planned end; zero when it ended in time. */
    public Duration overrun() {
        Duration late = Duration.between(planned.end(), actual.end());
        return late.isNegative() ? Duration.ZERO : late;
    }

    /** Whether the work stayed inside the planned window. */
    public boolean stayedInWindow() {
        return !actual.start().isBefore(planned.start()) && !actual.end().isAfter(planned.end());
    }
}
