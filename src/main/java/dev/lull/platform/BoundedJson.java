package dev.lull.platform;

import java.time.Instant;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Bounds what JSON input may cost before it is read whole: string, number and nesting limits on the parser,
 * collections no longer than their {@code @Size}, strings without control characters, instants in
 * {@link InstantRange}.
 */
@Singleton
public class BoundedJson implements ObjectMapperCustomizer {
    static final int MAX_STRING = 100_000;
    static final int MAX_NUMBER = 100;
    static final int MAX_DEPTH = 32;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING)
                .maxNumberLength(MAX_NUMBER).maxNestingDepth(MAX_DEPTH).maxNameLength(1000).build());
        SimpleModule module = new SimpleModule("lull-bounded-json");
        module.addDeserializer(String.class, new CheckedText());
        module.addDeserializer(Instant.class, new CheckedInstant());
        module.setDeserializerModifier(new SizedCollections());
        mapper.registerModule(module);
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
