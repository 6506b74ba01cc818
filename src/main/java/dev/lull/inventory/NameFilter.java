package dev.lull.inventory;

import java.util.Locale;

import dev.lull.platform.ApiProblem;

/** "Name contains" for listings: a case-insensitive LIKE pattern with its wildcards taken literally. */
final class NameFilter {
    /** The longest text a listing searches names for: no name is longer. */
    static final int MAX_LENGTH = 63;

    private NameFilter() {
    }

    /** The JPQL condition that {@code column} contains the text given to {@link #pattern} as {@code :name}. */
    static String condition(String column) {
        return "lower(" + column + ") like :name escape '\\'";
    }

    /** The pattern for names containing {@code text}, ignoring case; 400 naming {@code nameContains} if too long. */
    static String pattern(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw ApiProblem.invalid("nameContains", "size must be between 1 and " + MAX_LENGTH);
        }
        return "%" + text.toLowerCase(Locale.ROOT).replaceAll("[\\\\%_]", "\\\\$0") + "%";
    }
}
