package dev.lull.load;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/** Reads a JSON array of {@code {host, at, messages}} objects token by token. */
public final class JsonSamples implements SampleSource {
    private final JsonParser parser;
    private int index = -1;

    /** No field of a sample needs more; a longer string or number is refused before it is held whole. */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxStringLength(1024)
            .maxNumberLength(64).maxNestingDepth(8).build();

    /** Reads with {@code factory} as {@link #factory} made it (with the sample limits). */
    public JsonSamples(JsonFactory factory, InputStream body) throws IOException {
        this.parser = factory.createParser(body);
    }

    /** A factory like {@code base}, with the sample limits; make it once and reuse it for every body. */
    static JsonFactory factory(JsonFactory base) {
        return base.rebuild().streamReadConstraints(LIMITS).build();
    }

    @Override
    public IncomingSample next() throws IOException {
        if (index < 0) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new BadSample("body", "expected a JSON array of {host, at, messages} objects");
            }
        }
        index++;
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            if (parser.nextToken() != null) {
                throw new BadSample("body", "unexpected content after the array");
            }
            return null;
        }
        String position = "[" + index + "]";
        if (token != JsonToken.START_OBJECT) {
            throw new BadSample(position, "expected an object {host, at, messages}");
        }
        return readObject(position);
    }

    private IncomingSample readObject(String position) throws IOException {
        String host = null;
        String at = null;
        Double messages = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "host" -> host = text(value, position, field);
                case "at" -> at = text(value, position, field);
                case "messages" -> messages = number(value, position);
                default -> throw new BadSample(position + "." + field, "unknown property");
            }
        }
        if (host == null || at == null || messages == null) {
            throw new BadSample(position, "host, at and messages are all required");
        }
        try {
            return new IncomingSample(host, Timestamps.parse(at), messages, position);
        } catch (DateTimeParseException e) {
            throw new BadSample(position + ".at", "must be an ISO-8601 UTC instant such as 2026-11-02T08:05:00Z");
        }
    }

    private String text(JsonToken value, String position, String field) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw new BadSample(position + "." + field, "must be a string");
        }
        return parser.getText();
    }

    private Double number(JsonToken value, String position) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new BadSample(position + ".messages", "must be a number");
        }
        return parser.getDoubleValue();
    }
}
