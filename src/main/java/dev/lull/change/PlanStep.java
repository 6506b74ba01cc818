package dev.lull.change;

import java.time.Duration;
import java.util.Objects;

/** One step of an implementation plan, carried out by an owner of its role; no duration counts as zero. */
public record PlanStep(String title, String role, Duration duration) {
    public PlanStep {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(role, "role");
        duration = duration == null ? Duration.ZERO : duration;
        if (duration.isNegative()) {
            throw new IllegalArgumentException("step duration must not be negative: " + duration);
        }
    }
}
