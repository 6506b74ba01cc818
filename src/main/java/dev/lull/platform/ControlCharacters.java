package dev.lull.platform;

/** Finds control characters in text: NUL and other C0 and C1 controls, except tab, line feed and carriage return. */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** The index of the first control character in {@code text}, or -1. */
    public static int first(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return i;
            }
        }
        return -1;
    }

    /** Why {@code text} is refused, or null when it holds no control character. */
    public static String problem(CharSequence text) {
        int at = first(text);
        return at < 0
                ? null
                : "must not contain control characters (U+%04X at position %d)".formatted((int) text.charAt(at), at);
    }
}
