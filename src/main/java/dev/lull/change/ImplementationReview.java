package dev.lull.change;

import java.time.Duration;
import java.util.Objects;

import dev.lull.schedule.Interval;

/**
 * The planned window against the actual one; {@code mayStartEarly} for an EMERGENCY change, whose window opens when
 * its work starts, so that an early start alone does not leave the window.
 */
public record ImplementationReview(Interval planned, Interval actual, boolean mayStartEarly) {
    public ImplementationReview {
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(actual, "actual");
    }

    public static ImplementationReview of(Interval planned, Interval actual) {
        return new ImplementationReview(planned, actual, false);
    }

    /** The review of a change of that type: an EMERGENCY change may start before its window. */
    public static ImplementationReview of(Interval planned, Interval actual, ChangeType type) {
        return new ImplementationReview(planned, actual, type == ChangeType.EMERGENCY);
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

    /** Whether the work stayed inside the planned window (for an EMERGENCY change, ended by its end). */
    public boolean stayedInWindow() {
        return (mayStartEarly || !actual.start().isBefore(planned.start())) && !actual.end().isAfter(planned.end());
    }
}
