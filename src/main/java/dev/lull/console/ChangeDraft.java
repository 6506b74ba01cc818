package dev.lull.console;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.lull.change.ChangeBody;
import dev.lull.change.ChangeType;
import dev.lull.change.ChangeView;
import dev.lull.change.Risk;
import dev.lull.change.StepBody;
import dev.lull.change.StepView;
import dev.lull.change.WindowBody;

/** The change form's fields as typed, so that a refused form comes back as it was sent. */
public record ChangeDraft(Long edit, long version, String title, String description, String type, List<String> hosts,
        String start, String end, List<Step> steps, List<String> requiredRoles, String risk, String backoutPlan,
        String blackoutOverride) {
    static final int STEPS = 4;

    /** A plan step's row: title, role key and minutes, as typed. */
    public record Step(int index, String title, String role, String minutes) {
    }

    /** An empty form, with the hosts and window given (a proposal's "request a change in this window"). */
    static ChangeDraft of(List<String> hosts, String start, String end) {
        return new ChangeDraft(null, 0, "", "", "NORMAL", hosts, start, end, steps(List.of()), List.of(), "LOW", "",
                "");
    }

    /** The form for editing a stored change. */
    static ChangeDraft of(ChangeView change, long version, ZoneId zone) {
        List<Step> rows = new ArrayList<>();
        for (StepView s : change.plan()) {
            rows.add(new Step(rows.size(), s.title(), s.role(), s.duration() == null
                    ? ""
                    : Long.toString(s.duration().toMinutes())));
        }
        return new ChangeDraft(change.id(), version, change.title(), change.description(), change.type().name(),
                change.hosts(), Forms.local(change.window().start(), zone), Forms.local(change.window().end(), zone),
                steps(rows), change.requiredRoles(), change.risk() == null ? "" : change.risk().name(),
                change.backoutPlan(), change.blackoutOverride());
    }

    /** The same fields, now editing the change stored under {@code id} at {@code storedVersion}. */
    ChangeDraft saved(long id, long storedVersion) {
        return new ChangeDraft(id, storedVersion, title, description, type, hosts, start, end, steps, requiredRoles,
                risk, backoutPlan, blackoutOverride);
    }

    /** The rows given, padded with empty ones up to {@link #STEPS}. */
    static List<Step> steps(List<Step> given) {
        List<Step> rows = new ArrayList<>(given);
        while (rows.size() < Math.max(STEPS, given.size() + 1)) {
            rows.add(new Step(rows.size(), "", "", ""));
        }
        return rows;
    }

    /** The API's body for this draft, window read in {@code zone}; fields left empty stay null for validation. */
    ChangeBody body(ZoneId zone) {
        List<StepBody> plan = new ArrayList<>();
        for (Step step : steps) {
            if (step.title() != null && !step.title().isBlank()) {
                plan.add(new StepBody(step.title(), blank(step.role()), minutes(step)));
            }
        }
        return new ChangeBody(blank(title), blank(description), type == null ? null : ChangeType.valueOf(type),
                hosts, new WindowBody(Forms.instant("window.start", start, zone),
                        Forms.instant("window.end", end, zone)),
                plan, requiredRoles, risk == null || risk.isBlank() ? null : Risk.valueOf(risk), blank(backoutPlan),
                blank(blackoutOverride), null);
    }

    public String selectedType(String value) {
        return value.equals(type) ? "selected" : "";
    }

    public String selectedRisk(String value) {
        return value.equals(risk) ? "selected" : "";
    }

    public boolean has(String host) {
        return hosts.contains(host);
    }

    public boolean requires(String role) {
        return requiredRoles.contains(role);
    }

    private static Duration minutes(Step step) {
        return minutes("plan[" + step.index() + "].duration", step.minutes());
    }

    /** Minutes as typed, as a duration (null when blank); not a number, the API's 400 naming {@code field}. */
    static Duration minutes(String field, String minutes) {
        if (minutes == null || minutes.isBlank()) {
            return null;
        }
        try {
            return Duration.ofMinutes(Long.parseLong(minutes.trim()));
        } catch (NumberFormatException | ArithmeticException e) {
            throw dev.lull.platform.ApiProblem.invalid(field, "\"" + minutes + "\" is not a number of minutes");
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
