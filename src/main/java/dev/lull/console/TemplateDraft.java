package dev.lull.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lull.change.StepBody;
import dev.lull.change.TemplateBody;
import dev.lull.change.TemplateView;
import dev.lull.platform.ApiProblem;

/**
 * The standard change template form as typed, so that a refused one comes back as it was sent: hosts by name
 * (comma-separated), clusters chosen, the maximum duration and each step's duration in minutes. Rows without a title
 * are left out of the plan; the API's messages about {@code plan[k]} come back next to the row that became step k.
 */
public record TemplateDraft(String title, String description, String hosts, List<String> clusters, String maxMinutes,
        List<Step> steps, Map<String, String> errors) {
    static final int STEPS = 4;
    private static final int MAX_ROWS = 101;
    private static final Pattern STEP = Pattern.compile("plan\\[(\\d+)]\\.?(.*)");

    /** A plan step's row: title, role key and minutes, as typed, and what the API said about it. */
    public record Step(int index, String title, String role, String minutes, String error) {
        boolean blank() {
            return title == null || title.isBlank();
        }
    }

    static TemplateDraft empty() {
        return new TemplateDraft("", "", "", List.of(), "", rows(List.of()), Map.of());
    }

    /** A new draft holding what {@code template} holds: how a template is changed (retire it, write a new one). */
    static TemplateDraft copyOf(TemplateView template) {
        List<Step> steps = new ArrayList<>();
        template.plan().forEach(step -> steps.add(new Step(steps.size(), step.title(), step.role(),
                step.duration() == null ? "" : Long.toString(step.duration().toMinutes()), "")));
        return new TemplateDraft(template.title(), template.description() == null ? "" : template.description(),
                String.join(", ", template.hosts()), template.clusters(),
                Long.toString(template.maxDuration().toMinutes()), rows(steps), Map.of());
    }

    /** The form's fields; the step lists are parallel, one entry per row. */
    static TemplateDraft typed(String title, String description, String hosts, List<String> clusters,
            String maxMinutes, List<String> stepTitle, List<String> stepRole, List<String> stepMinutes) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < Math.min(stepTitle.size(), MAX_ROWS); i++) {
            steps.add(new Step(i, stepTitle.get(i), at(stepRole, i), at(stepMinutes, i), ""));
        }
        return new TemplateDraft(text(title), text(description), text(hosts), clusters == null ? List.of() : clusters,
                text(maxMinutes),
                rows(steps), Map.of());
    }

    /** The API's body; a duration that is not a number of minutes is the API's 400 on its field. */
    TemplateBody body() {
        List<StepBody> plan = new ArrayList<>();
        for (Step step : sent()) {
            plan.add(new StepBody(step.title().trim(), AdminPage.blank(step.role()),
                    ChangeDraft.minutes("plan[" + plan.size() + "].duration", step.minutes())));
        }
        return new TemplateBody(AdminPage.blank(title), AdminPage.blank(description), hostNames(),
                clusters.isEmpty() ? null : clusters, ChangeDraft.minutes("maxDuration", maxMinutes), plan);
    }

    /** The host names typed, split at commas and spaces. */
    List<String> hostNames() {
        return hosts.isBlank() ? null : Arrays.stream(hosts.trim().split("[\\s,]+")).filter(h -> !h.isEmpty()).toList();
    }

    /** The same draft with the problem's messages: plan[k]… next to the row sent as step k, the rest by field. */
    TemplateDraft refused(ApiProblem problem) {
        List<Step> sent = sent();
        Map<Integer, String> byRow = new LinkedHashMap<>();
        Map<String, String> byField = new LinkedHashMap<>();
        Forms.byField(problem).forEach((field, message) -> {
            Matcher step = STEP.matcher(field);
            if (step.matches() && Integer.parseInt(step.group(1)) < sent.size()) {
                String what = step.group(2).isEmpty() ? "" : step.group(2) + ": ";
                byRow.merge(sent.get(Integer.parseInt(step.group(1))).index(), what + message,
                        (a, b) -> a + "; " + b);
            } else {
                byField.merge(field.replaceAll("\\[\\d+]$", ""), message, (a, b) -> a + "; " + b);
            }
        });
        List<Step> shown = steps.stream().map(s -> new Step(s.index(), s.title(), s.role(), s.minutes(),
                byRow.getOrDefault(s.index(), ""))).toList();
        return new TemplateDraft(title, description, hosts, clusters, maxMinutes, shown, byField);
    }

    /** The same draft with {@code message} next to the hosts field (an unknown host, as the API names it). */
    TemplateDraft withHostError(String message) {
        Map<String, String> all = new LinkedHashMap<>(errors);
        all.merge("hosts", message, (a, b) -> a + "; " + b);
        return new TemplateDraft(title, description, hosts, clusters, maxMinutes, steps, all);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean has(String cluster) {
        return clusters.contains(cluster);
    }

    private List<Step> sent() {
        return steps.stream().filter(step -> !step.blank()).toList();
    }

    /** The rows given, padded with empty ones up to {@link #STEPS} and always one more. */
    private static List<Step> rows(List<Step> given) {
        List<Step> rows = new ArrayList<>(given);
        while (rows.size() < Math.max(STEPS, given.size() + 1)) {
            rows.add(new Step(rows.size(), "", "", "", ""));
        }
        return rows;
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? text(values.get(index)) : "";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
