package dev.lull.platform;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Describes unreadable JSON: which field was wrong and why, without parser internals. */
final class JsonPaths {
    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static Response problem(JsonProcessingException e) {
        StreamConstraintsException limit = limitPassed(e);
        if (limit != null) {
            String field = e instanceof JsonMappingException mapping ? of(mapping) : "body";
            String message = "passes a JSON limit: " + limit.getOriginalMessage().replaceAll(", from `[^`]*`", "");
            return Problem.response(400, field + ": " + message,
                    List.of(new FieldError(field, message)), Map.of());
        }
        if (e instanceof JsonParseException || !(e instanceof DatabindException)) {
            return Problem.response(400, "The body is not valid JSON: " + e.getOriginalMessage());
        }
        JsonMappingException mapping = (JsonMappingException) e;
        String field = of(mapping);
        String message = reason(mapping);
        return Problem.response(400, field + ": " + message, List.of(new FieldError(field, message)),
                Map.of());
    }

    private static StreamConstraintsException limitPassed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    private static String reason(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !(cause instanceof JsonProcessingException)) {
            return firstLine(cause.getMessage());
        }
        String original = firstLine(e.getOriginalMessage());
        if (original.startsWith("Cannot deserialize value of type")) {
            return "has the wrong type or format";
        }
        return original;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "is invalid";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
