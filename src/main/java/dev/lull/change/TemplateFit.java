package dev.lull.change;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.lull.schedule.Interval;

/**
 * A standard change template as the rules see it, and how a STANDARD change fits it: the template is ACTIVE, every
 * host is named by it or lies in one of its clusters, the window lasts at most its maximum duration, and the plan
 * has its steps (title and role) in its order, none longer than the template's.
 */
public record TemplateFit(long id, TemplateStatus status, Set<String> hosts, Set<String> clusters,
        Duration maxDuration, Plan plan) {

    /** Every breach, in a fixed order; {@code clusterOfHost} maps each of the change's hosts to its cluster or null. */
    public List<TemplateBreach> breaches(Map<String, String> clusterOfHost, Interval window, Plan changePlan) {
        List<TemplateBreach> breaches = new ArrayList<>();
        if (status != TemplateStatus.ACTIVE) {
            breaches.add(new TemplateBreach(TemplateBreach.Kind.TEMPLATE_NOT_ACTIVE,
                    "standard change template " + id + " is " + status + ", not ACTIVE"));
        }
        clusterOfHost.keySet().stream().sorted().filter(host -> !inScope(host, clusterOfHost.get(host)))
                .forEach(host -> breaches.add(new TemplateBreach(TemplateBreach.Kind.HOST_OUT_OF_SCOPE,
                        "host " + host + " is outside template " + id + "'s scope (hosts " + sorted(hosts)
                                + ", clusters " + sorted(clusters) + ")")));
        Duration length = Duration.between(window.start(), window.end());
        if (length.compareTo(maxDuration) > 0) {
            breaches.add(new TemplateBreach(TemplateBreach.Kind.DURATION_EXCEEDED,
                    "the window lasts " + length + ", longer than template " + id + "'s maximum " + maxDuration));
        }
        planBreach(changePlan).ifPresent(breaches::add);
        return breaches;
    }

    private boolean inScope(String host, String cluster) {
        return hosts.contains(host) || cluster != null && clusters.contains(cluster);
    }

    private Optional<TemplateBreach> planBreach(Plan changePlan) {
        List<PlanStep> mine = plan.steps();
        List<PlanStep> theirs = changePlan.steps();
        if (mine.size() != theirs.size()) {
            return planDiffers("has " + theirs.size() + " step(s), template " + id + " has " + mine.size());
        }
        for (int i = 0; i < mine.size(); i++) {
            PlanStep expected = mine.get(i);
            PlanStep actual = theirs.get(i);
            if (!expected.title().equals(actual.title()) || !expected.role().equals(actual.role())) {
                return planDiffers("step " + (i + 1) + " is '" + actual.title() + "' by " + actual.role()
                        + ", template " + id + " has '" + expected.title() + "' by " + expected.role());
            }
            if (actual.duration().compareTo(expected.duration()) > 0) {
                return planDiffers("step " + (i + 1) + " takes " + actual.duration() + ", template " + id
                        + " allows " + expected.duration());
            }
        }
        return Optional.empty();
    }

    private static Optional<TemplateBreach> planDiffers(String why) {
        return Optional.of(new TemplateBreach(TemplateBreach.Kind.PLAN_DIFFERS, "the plan " + why));
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
