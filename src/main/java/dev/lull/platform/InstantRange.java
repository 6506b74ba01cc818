package dev.lull.platform;

import java.time.Instant;

/**
 * The instants the API accepts anywhere, {@link #EARLIEST} to {@link #LATEST}; features narrow them further
 * (proposals look at most a year ahead, history reads stay within retention), always with a 400 naming the field.
 */
public final class InstantRange {
    /** Nothing before the Unix epoch. */
    public static final Instant EARLIEST = Instant.EPOCH;
    /** Nothing at or after the start of 2200. */
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private InstantRange() {
    }

    /** Whether the instant lies in [{@link #EARLIEST}, {@link #LATEST}). */
    public static boolean accepted(Instant value) {
        return !value.isBefore(EARLIEST) && value.isBefore(LATEST);
    }

    /** What a client is told about an instant outside the accepted range. */
    public static String outside() {
        return "must lie from " + EARLIEST + " up to " + LATEST;
    }

    /** The value, unless it lies outside the accepted range (400 naming {@code field}). */
    public static Instant require(String field, Instant value) {
        if (value != null && !accepted(value)) {
            throw ApiProblem.invalid(field, outside());
        }
        return value;
    }

    /** The value, unless it lies before {@code min} or after {@code max} (400 naming {@code field} and why). */
    public static Instant require(String field, Instant value, Instant min, Instant max, String why) {
        if (value != null && (value.isBefore(min) || value.isAfter(max))) {
            throw ApiProblem.invalid(field, "must lie from " + min + " to " + max + " (" + why + ")");
        }
        return value;
    }
}
