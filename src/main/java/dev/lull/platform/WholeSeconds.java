package dev.lull.platform;

import java.io.IOException;
import java.time.Duration;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/** Every duration in the API is ISO-8601 in whole seconds ({@code PT2H45M36S}), rounded by {@link ApiNumbers}. */
@Singleton
public class WholeSeconds implements ObjectMapperCustomizer {
    /** After Quarkus's own customizers, so this serializer replaces the Java time module's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("lull-whole-seconds").addSerializer(Duration.class, new Writer()));
    }

    /** Writes {@code ApiNumbers.seconds(duration).toString()}. */
    static final class Writer extends StdSerializer<Duration> {
        Writer() {
            super(Duration.class);
        }

        @Override
        public void serialize(Duration value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(ApiNumbers.seconds(value).toString());
        }
    }
}
