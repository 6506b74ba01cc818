package dev.lull.tour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares an answer with the JSON the README shows, on the fields shown only, so that the API may add fields: every
 * member shown must be there and match; array elements shown must match elements of the answer in their order (an
 * empty array shown means an empty one); numbers compare by value; strings as {@link ShownText}.
 */
final class ShownJson {
    private ShownJson() {
    }

    /** Adds a line to {@code problems} for every difference; records captures of the members that match. */
    static void compare(String path, JsonNode shown, JsonNode actual, Map<String, String> captures,
            List<String> problems) {
        if (actual == null || actual.isMissingNode()) {
            problems.add(path + ": missing, shown " + shown);
        } else if (shown.isObject()) {
            compareObject(path, shown, actual, captures, problems);
        } else if (shown.isArray()) {
            compareArray(path, shown, actual, captures, problems);
        } else if (!scalarMatches(shown, actual, captures)) {
            problems.add(path + ": shown " + shown + ", answered " + actual);
        }
    }

    private static void compareObject(String path, JsonNode shown, JsonNode actual, Map<String, String> captures,
            List<String> problems) {
        if (!actual.isObject()) {
            problems.add(path + ": shown an object, answered " + actual);
            return;
        }
        shown.fields().forEachRemaining(field -> compare(path + "." + field.getKey(), field.getValue(),
                actual.get(field.getKey()), captures, problems));
    }

    private static void compareArray(String path, JsonNode shown, JsonNode actual, Map<String, String> captures,
            List<String> problems) {
        if (!actual.isArray()) {
            problems.add(path + ": shown an array, answered " + actual);
        } else if (shown.isEmpty() && !actual.isEmpty()) {
            problems.add(path + ": shown empty, answered " + actual);
        } else if (!inOrder(shown, actual, captures)) {
            problems.add(path + ": shown " + shown + ", answered " + actual);
        }
    }

    /** Whether each element shown matches a later element of the answer than the one before it. */
    private static boolean inOrder(JsonNode shown, JsonNode actual, Map<String, String> captures) {
        int next = 0;
        for (JsonNode element : shown) {
            boolean found = false;
            while (!found && next < actual.size()) {
                Map<String, String> tried = new HashMap<>(captures);
                List<String> problems = new ArrayList<>();
                compare("", element, actual.get(next++), tried, problems);
                if (problems.isEmpty()) {
                    captures.putAll(tried);
                    found = true;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean scalarMatches(JsonNode shown, JsonNode actual, Map<String, String> captures) {
        if (shown.isNumber()) {
            return actual.isNumber() && shown.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (shown.isTextual()) {
            return !actual.isContainerNode() && ShownText.matches(shown.asText(), actual.asText(), captures);
        }
        return shown.equals(actual);
    }
}
