package dev.lull.change;

import java.time.Duration;

import jakarta.persistence.Embeddable;

/** A stored step of a standard change template's plan. */
@Embeddable
public class TemplateStepRow {
    public String title;
    public String role;
    public long durationSeconds;

    static TemplateStepRow of(PlanStep step) {
        TemplateStepRow row = new TemplateStepRow();
        row.title = step.title();
        row.role = step.role();
        row.durationSeconds = step.duration().toSeconds();
        return row;
    }

    PlanStep step() {
        return new PlanStep(title, role, Duration.ofSeconds(durationSeconds));
    }
}
