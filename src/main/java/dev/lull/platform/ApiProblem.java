package dev.lull.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A failure the API reports as an RFC 9457 problem; thrown anywhere, rendered by {@link ProblemMappers}. */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ApiProblem(int status, String detail) {
        this(status, detail, List.of());
    }

    public ApiProblem(int status, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, detail);
    }

    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(400, field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** 400 naming every broken field, the detail listing them as {@code field: message; ...}. */
    public static ApiProblem invalid(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return new ApiProblem(400, detail, errors);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, detail);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, detail);
    }

    public static ApiProblem unprocessable(String detail) {
        return new ApiProblem(422, detail);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, detail);
    }

    /** The problem a failure was caused by (a body limit hit while parsing, say), or null. */
    public static ApiProblem within(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ApiProblem problem) {
                return problem;
            }
        }
        return null;
    }

    /** Adds an extension member to the problem body (for example the conflicts or the allowed actions). */
    public ApiProblem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public int status() {
        return status;
    }

    /** The title, which depends on the status alone ({@link Problem#title}). */
    public String title() {
        return Problem.title(status);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
