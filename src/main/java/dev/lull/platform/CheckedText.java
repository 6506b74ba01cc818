package dev.lull.platform;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** Reads every JSON string of a request body, refusing control characters (400 naming the field). */
final class CheckedText extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = super.deserialize(p, ctxt);
        String problem = text == null ? null : ControlCharacters.problem(text);
        if (problem != null) {
            throw InvalidFormatException.from(p, problem, text, String.class);
        }
        return text;
    }
}
