package dev.lull.console;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.lull.platform.ApiProblem;

/**
 * What was typed into one form of an administration page, and what the service said about it, field by field; a
 * refused form comes back with everything typed still in it.
 */
public record FormInput(String form, Map<String, String> values, String error, Map<String, String> errors) {

    static FormInput none() {
        return new FormInput("", Map.of(), null, Map.of());
    }

    /** The form named {@code form} holding these values (field, value, field, value …; null reads as empty). */
    static FormInput of(String form, String... fieldsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], fieldsAndValues[i + 1] == null ? "" : fieldsAndValues[i + 1]);
        }
        return new FormInput(form, values, null, Map.of());
    }

    /**
     * The same form refused: the API's messages by field, and above the form either a pointer to them, the refusal
     * itself, or — when the {@code thing} moved since the page was read — the advice to reload.
     */
    FormInput refused(ApiProblem problem, String thing) {
        String message = problem.status() == 412
                ? "This " + thing + " was changed meanwhile — reload the page to see it as it is now, then try again."
                : Forms.summary(problem);
        return new FormInput(form, values, message, Forms.byField(problem));
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Whether {@code option} is among the comma-separated values of a multiple choice field. */
    public boolean selected(String field, String option) {
        return Arrays.asList(value(field).split(",")).contains(option);
    }

    /** Whether {@code field} holds {@code prefix} followed by {@code name}, such as {@code cluster/mbox}. */
    public boolean matches(String field, String prefix, String name) {
        return value(field).equals(prefix + name);
    }

    public boolean is(String formName) {
        return form.equals(formName);
    }

    /** The messages for {@code field} and its items ({@code field[0]} …) if this is the form {@code formName}. */
    public String errorOf(String formName, String field) {
        if (!is(formName)) {
            return "";
        }
        return errors.entrySet().stream()
                .filter(e -> e.getKey().equals(field) || e.getKey().startsWith(field + "["))
                .map(Map.Entry::getValue).collect(Collectors.joining("; "));
    }

    /** Trimmed text, or null when blank: how the pages pass optional fields to the services. */
    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
