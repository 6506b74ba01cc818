package dev.lull.schedule;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One reason a change cannot have its window: the kind, a sentence, and the facts behind it by name. */
public record Conflict(ConflictKind kind, String message, Map<String, Object> details) {
    public Conflict {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Details in the given order from alternating names and values. */
    public static Map<String, Object> details(Object... namesAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            details.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return details;
    }
}
