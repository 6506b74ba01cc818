package dev.lull.change;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A standard change template with its approval. */
public record TemplateView(
        long id,
        String title,
        String description,
        List<String> hosts,
        List<String> clusters,
        Duration maxDuration,
        List<StepBody> plan,
        TemplateStatus status,
        String createdBy,
        String activatedBy,
        Instant activatedAt,
        String retiredBy,
        Instant retiredAt,
        Instant createdAt,
        Instant updatedAt) {

    static TemplateView of(StandardTemplate template) {
        List<StepBody> plan = new ArrayList<>();
        template.steps.forEach(step -> plan.add(new StepBody(step.title, step.role,
                Duration.ofSeconds(step.durationSeconds))));
        return new TemplateView(template.id, template.title, template.description,
                template.hosts.stream().sorted().toList(), template.clusters.stream().sorted().toList(),
                Duration.ofSeconds(template.maxDurationSeconds), plan, template.status, template.createdBy,
                template.activatedBy, template.activatedAt, template.retiredBy, template.retiredAt,
                template.createdAt, template.updatedAt);
    }
}
