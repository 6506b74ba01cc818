package dev.lull.change;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import dev.lull.schedule.Interval;

/** The planned window against the actual one, and expected against observed load where load history exists. */
public record ImplementationReview(Interval planned, Interval actual, Optional<LoadComparison> load) {
    public ImplementationReview {
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(load, "load");
    }

    public static ImplementationReview of(Interval planned, Interval actual) {
        return new ImplementationReview(planned, actual, Optional.empty());
    }

    public static ImplementationReview of(Interval planned, Interval actual, double expectedLoad,
            double observedLoad) {
        return new ImplementationReview(planned, actual, Optional.of(new LoadComparison(expectedLoad, observedLoad)));
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

    /** Actual length minus planned length. */
    public Duration lengthDifference() {
        return actual.length().minus(planned.length());
    }

    /** Whether the work stayed inside the planned window. */
    public boolean stayedInWindow() {
        return !actual.start().isBefore(planned.start()) && !actual.end().isAfter(planned.end());
    }
}
