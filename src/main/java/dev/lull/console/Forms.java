package dev.lull.console;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.FieldError;
import dev.lull.platform.ViolationPaths;

/** Reads form fields the way the API reads JSON: the same bean validation, the same field names in its messages. */
@ApplicationScoped
public class Forms {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private final Validator validator;

    Forms(Validator validator) {
        this.validator = validator;
    }

    /** Throws the API's 400, naming every broken field, unless {@code body} is valid. */
    <T> T valid(T body) {
        List<FieldError> errors = validator.validate(body).stream()
                .map(v -> new FieldError(ViolationPaths.field(v.getPropertyPath()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field())).toList();
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return body;
    }

    /**
     * Throws the API's 400 naming every broken field of the bodies together with those {@code found} while reading
     * the form (such as a number that is not one), so one answer names them all.
     */
    void requireValid(List<FieldError> found, Object... bodies) {
        List<FieldError> errors = new java.util.ArrayList<>(found);
        for (Object body : bodies) {
            validator.validate(body).forEach(v -> errors.add(new FieldError(ViolationPaths.field(v.getPropertyPath()),
                    v.getMessage())));
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> a.field().compareTo(b.field()));
            throw ApiProblem.invalid(errors);
        }
    }

    /** A {@code datetime-local} value read in {@code zone}; null when blank. */
    static Instant instant(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim()).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw ApiProblem.invalid(field, "\"" + value + "\" is not a date and time such as 2027-03-28T02:30");
        }
    }

    /** An instant as a {@code datetime-local} value in {@code zone}. */
    static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone));
    }

    /** The problem's field errors by field, for showing each next to its field. */
    static Map<String, String> byField(ApiProblem problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        problem.errors().forEach(e -> fields.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
        return fields;
    }

    /** The line above a refused form: a pointer to the field messages, or the refusal itself. */
    static String summary(ApiProblem problem) {
        return problem.errors().isEmpty()
                ? message(problem)
                : "Some fields need fixing: see the messages next to them.";
    }

    /** What a person reads when the service refused: the API's detail, or the reload advice for a stale page. */
    static String message(ApiProblem problem) {
        if (problem.status() == 412) {
            return "This change was changed meanwhile — reload the page to see it as it is now, then try again.";
        }
        return problem.getMessage();
    }
}
