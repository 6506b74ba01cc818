package dev.lull.change;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Embeddable;

/** A stored plan step: what, by which role, how long, and who marked it done when. */
@Embeddable
public class StepRow {
    public String title;
    public String role;
    public long durationSeconds;
    public String doneBy;
    public Instant doneAt;

    static StepRow of(PlanStep step) {
        StepRow row = new StepRow();
        row.title = step.title();
        row.role = step.role();
        row.durationSeconds = step.duration().toSeconds();
        return row;
    }

    PlanStep step() {
        return new PlanStep(title, role, Duration.ofSeconds(durationSeconds));
    }
}
