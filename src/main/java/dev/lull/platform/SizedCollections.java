package dev.lull.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;

/**
 * Collections of request bodies are refused while they are parsed, as soon as they pass the {@link Size#max()} of
 * their property: a list longer than its limit is never built.
 */
final class SizedCollections extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
            BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new Unsized(type, deserializer);
    }

    /** The collection's usual deserializer until the property it fills is known; then bounded if it has a size. */
    private static final class Unsized extends StdDeserializer<Object> implements ContextualDeserializer {
        private final CollectionType type;
        private final JsonDeserializer<?> usual;

        Unsized(CollectionType type, JsonDeserializer<?> usual) {
            super(type);
            this.type = type;
            this.usual = usual;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            Size size = property == null ? null : property.getAnnotation(Size.class);
            if (size == null || size.max() == Integer.MAX_VALUE) {
                return ctxt.handleSecondaryContextualization(usual, property, type);
            }
            return new Bounded(type, size.max(), ctxt.findContextualValueDeserializer(type.getContentType(), property));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return usual.deserialize(p, ctxt);
        }
    }

    /** Reads an array element by element and fails at the first element past {@code max}. */
    private static final class Bounded extends StdDeserializer<Collection<Object>> {
        private final int max;
        private final boolean set;
        private final JsonDeserializer<?> elements;

        Bounded(CollectionType type, int max, JsonDeserializer<?> elements) {
            super(type);
            this.max = max;
            this.set = Set.class.isAssignableFrom(type.getRawClass());
            this.elements = elements;
        }

        @Override
        public Collection<Object> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                @SuppressWarnings("unchecked")
                Collection<Object> never = (Collection<Object>) ctxt.handleUnexpectedToken(handledType(), p);
                return never;
            }
            Collection<Object> result = set ? new LinkedHashSet<>() : new ArrayList<>();
            int index = 0;
            for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
                if (index == max) {
                    throw JsonMappingException.from(p, "must have at most " + max + " elements");
                }
                try {
                    result.add(token == JsonToken.VALUE_NULL
                            ? elements.getNullValue(ctxt)
                            : elements.deserialize(p, ctxt));
                } catch (IOException e) {
                    throw JsonMappingException.wrapWithPath(e, result, index);
                }
                index++;
            }
            return result;
        }
    }
}
