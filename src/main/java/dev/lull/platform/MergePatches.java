package dev.lull.platform;

import java.io.StringReader;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies a JSON Merge Patch (RFC 7396, by Jakarta JSON-P) to the request that would recreate a resource as it is,
 * once {@code If-Match} names its current version; the result is read and validated as a whole, as a PUT body is.
 */
@ApplicationScoped
public class MergePatches {
    /** The media type of a JSON Merge Patch; a PATCH with any other answers 415. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    MergePatches(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * {@code current} with {@code patch} merged in: 428 or 412 unless {@code ifMatch} names its version, 400 naming the
     * field when the result cannot be read as {@code type} or breaks one of its constraints.
     */
    public <T> T apply(Versioned<T> current, String ifMatch, ObjectNode patch, Class<T> type) {
        ETags.requireCurrent(ifMatch, current.version());
        T patched;
        try {
            JsonValue target = json(mapper.writeValueAsString(current.body()));
            JsonValue merged = Json.createMergePatch(json(mapper.writeValueAsString(patch))).apply(target);
            patched = mapper.readValue(merged.toString(), type);
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(e, 400);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }

    private static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
