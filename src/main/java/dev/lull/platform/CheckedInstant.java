package dev.lull.platform;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** Reads every instant of a request body: an ISO-8601 string within {@link InstantRange}, else 400 naming the field. */
final class CheckedInstant extends StdScalarDeserializer<Instant> {
    static final String FORMAT = "must be an ISO-8601 UTC instant such as 2026-12-06T02:00:00Z";

    CheckedInstant() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p.currentToken(), p, FORMAT);
        }
        String text = p.getText().trim();
        Instant value;
        try {
            value = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidFormatException.from(p, FORMAT, text, Instant.class);
        }
        if (!InstantRange.accepted(value)) {
            throw InvalidFormatException.from(p, InstantRange.outside(), text, Instant.class);
        }
        return value;
    }
}
