package dev.lull.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An answer the README shows after a tour step: {@code json} (what the step printed, compared as {@link ShownJson}),
 * {@code http} (what {@code curl -si} printed: the status code, the headers shown as {@link ShownText}, and the body as
 * JSON or as lines) or {@code text} (each line shown appears in the output, in order, {@code …} for any text).
 */
record ShownAnswer(String kind, String text) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STATUS = Pattern.compile("HTTP/\\S+ (\\d{3}).*");

    /** The answer a block with this info string shows, or null when it is not an answer. */
    static ShownAnswer of(String info, String text) {
        return List.of("json", "http", "text").contains(info) ? new ShownAnswer(info, text) : null;
    }

    /** What differs between this answer and the step's output; records the captures of what matched. */
    List<String> check(String output, Map<String, String> captures) {
        List<String> problems = new ArrayList<>();
        switch (kind) {
            case "json" -> json(text, output, captures, problems);
            case "http" -> http(output, captures, problems);
            default -> lines(text, output, captures, problems);
        }
        return problems;
    }

    private void http(String output, Map<String, String> captures, List<String> problems) {
        String[] shown = split(text.strip());
        String[] actual = split(finalResponse(output));
        Matcher shownStatus = STATUS.matcher(shown[0].lines().findFirst().orElse(""));
        Matcher actualStatus = STATUS.matcher(actual[0].lines().findFirst().orElse(""));
        if (!shownStatus.matches() || !actualStatus.matches()) {
            problems.add("no status line: shown " + shown[0] + ", printed " + abbreviate(output));
            return;
        }
        if (!shownStatus.group(1).equals(actualStatus.group(1))) {
            problems.add("status: shown " + shownStatus.group(1) + ", answered " + actualStatus.group(1) + " "
                    + abbreviate(actual[1]));
        }
        shown[0].lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> header(line, actual[0], captures,
                problems));
        if (!shown[1].isBlank()) {
            if (shown[1].strip().startsWith("{") || shown[1].strip().startsWith("[")) {
                json(shown[1], actual[1], captures, problems);
            } else {
                lines(shown[1], unfolded(actual[0], actual[1]), captures, problems);
            }
        }
    }

    private static void header(String shown, String head, Map<String, String> captures, List<String> problems) {
        int colon = shown.indexOf(':');
        String name = shown.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = shown.substring(colon + 1).strip();
        boolean found = head.lines().skip(1).filter(line -> line.indexOf(':') > 0)
                .filter(line -> line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT).equals(name))
                .anyMatch(line -> ShownText.matches(value, line.substring(line.indexOf(':') + 1).strip(),
                        captures));
        if (!found) {
            problems.add("header shown " + shown + ", answered " + head.replace("\r", "").replace('\n', '|'));
        }
    }

    private static void json(String shown, String output, Map<String, String> captures, List<String> problems) {
        JsonNode expected;
        try {
            expected = JSON.readTree(shown);
        } catch (JsonProcessingException e) {
            problems.add("the README shows invalid JSON: " + e.getOriginalMessage());
            return;
        }
        try {
            ShownJson.compare("$", expected, JSON.readTree(output), captures, problems);
        } catch (JsonProcessingException e) {
            problems.add("not JSON: " + abbreviate(output));
        }
    }

    private static void lines(String shown, String output, Map<String, String> captures, List<String> problems) {
        List<String> actual = output.replace("\r", "").lines().toList();
        int next = 0;
        for (String line : shown.lines().filter(line -> !line.isBlank()).toList()) {
            while (next < actual.size() && !ShownText.matches(line.strip(), actual.get(next).strip(), captures)) {
                next++;
            }
            if (next++ >= actual.size()) {
                problems.add("line shown " + line + ", not in " + abbreviate(output));
                return;
            }
        }
    }

    /** A calendar's body with its long lines unfolded (RFC 5545, 3.1), so the README can show them whole. */
    private static String unfolded(String head, String body) {
        return head.toLowerCase(Locale.ROOT).contains("content-type: text/calendar") ? body.replace("\n ", "") : body;
    }

    /** The head and the body of a response, split at the first empty line. */
    private static String[] split(String response) {
        String normal = response.replace("\r\n", "\n");
        int blank = normal.indexOf("\n\n");
        return blank < 0
                ? new String[]{normal, ""}
                : new String[]{normal.substring(0, blank),
                        normal.substring(blank + 2)};
    }

    /** curl's output without interim 1xx responses. */
    private static String finalResponse(String output) {
        String rest = output;
        while (rest.startsWith("HTTP/") && rest.matches("(?s)HTTP/\\S+ 1\\d\\d.*")) {
            rest = split(rest)[1];
        }
        return rest;
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
