package dev.lull.tour;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One value as the README shows it: {@code $name} alone captures the actual value into the shell variable
 * {@code name} for the steps after it; {@code …} stands for any text (ids, tokens, ETags); anything else is exact.
 */
final class ShownText {
    static final String ELLIPSIS = "…";
    private static final Pattern CAPTURE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    private ShownText() {
    }

    /** Whether {@code actual} is what {@code shown} shows; a capture always matches and records the value. */
    static boolean matches(String shown, String actual, Map<String, String> captures) {
        var capture = CAPTURE.matcher(shown);
        if (capture.matches()) {
            captures.put(capture.group(1), actual);
            return true;
        }
        if (!shown.contains(ELLIPSIS)) {
            return shown.equals(actual);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : shown.split(ELLIPSIS, -1)) {
            regex.append(regex.isEmpty() ? "" : ".*").append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
    }
}
