package dev.lull.change;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.lull.inventory.Host;
import dev.lull.platform.ApiProblem;

/** Holds STANDARD changes to their template when they are created, edited, submitted and rescheduled. */
final class StandardFit {

    private StandardFit() {
    }

    /**
     * Refuses with 409 and a {@code breaches} list a STANDARD change that names no active template or leaves it,
     * and with 400 any other change that names a template.
     */
    static void require(ChangeRequest change) {
        if (change.type != ChangeType.STANDARD) {
            if (change.templateId != null) {
                throw ApiProblem.invalid("template", "only a STANDARD change references a standard change template");
            }
            return;
        }
        List<TemplateBreach> breaches = breaches(change);
        if (!breaches.isEmpty()) {
            throw ApiProblem.conflict("change " + (change.id == null ? "" : change.id + " ")
                    + "does not fit a standard change template: "
                    + String.join("; ", breaches.stream().map(TemplateBreach::message).toList()))
                    .with("breaches", breaches);
        }
    }

    private static List<TemplateBreach> breaches(ChangeRequest change) {
        if (change.templateId == null) {
            return List.of(new TemplateBreach(TemplateBreach.Kind.TEMPLATE_REQUIRED,
                    "a STANDARD change must reference an active standard change template (GET /api/v1/standard-changes)"));
        }
        return StandardTemplate.<StandardTemplate>findByIdOptional(change.templateId)
                .map(template -> template.fit().breaches(clusters(change.hosts), change.window(), change.plan()))
                .orElseGet(() -> List.of(new TemplateBreach(TemplateBreach.Kind.TEMPLATE_UNKNOWN,
                        "no standard change template with id " + change.templateId)));
    }

    /** Each host's cluster name, or null for a host without one. */
    private static Map<String, String> clusters(Collection<String> hosts) {
        Map<String, String> clusters = new HashMap<>();
        hosts.forEach(host -> clusters.put(host, null));
        Host.<Host>list("name in ?1", hosts).forEach(host -> clusters.put(host.name,
                host.cluster == null ? null : host.cluster.name));
        return clusters;
    }
}
