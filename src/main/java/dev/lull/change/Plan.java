package dev.lull.change;

import java.time.Duration;
import java.util.List;

/** A change's ordered implementation plan. */
public record Plan(List<PlanStep> steps) {
    public Plan {
        steps = List.copyOf(steps);
    }

    public static Plan of(PlanStep... steps) {
        return new Plan(List.of(steps));
    }

    /** The time the steps need one after another. */
    public Duration totalDuration() {
        return steps.stream().map(PlanStep::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /** The roles that own steps, each once, in plan order: the approvals a change needs by default. */
    public List<String> roles() {
        return steps.stream().map(PlanStep::role).distinct().toList();
    }

    public int size() {
        return steps.size();
    }
}
