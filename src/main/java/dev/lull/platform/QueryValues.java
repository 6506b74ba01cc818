package dev.lull.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Parses ISO-8601 and IANA values from query parameters, naming the parameter when one is wrong. */
public final class QueryValues {
    private QueryValues() {
    }

    /**
     * An ISO-8601 instant such as {@code 2026-12-06T02:00:00Z} within {@link InstantRange}, or {@code fallback} when
     * absent.
     */
    public static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return InstantRange.require(name, Instant.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(name, "must be an ISO-8601 UTC instant such as 2026-12-06T02:00:00Z");
        }
    }

    /** An ISO-8601 duration such as {@code PT2H}, or {@code fallback} when absent. */
    public static Duration duration(String name, String value, Duration fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(name, "must be an ISO-8601 duration such as PT2H");
        }
    }

    /** An IANA time zone such as {@code Europe/Paris}. */
    public static ZoneId zone(String name, String value) {
        if (value == null || !ZoneId.getAvailableZoneIds().contains(value.trim())) {
            throw ApiProblem.invalid(name, "must be an IANA time zone such as Europe/Paris");
        }
        return ZoneId.of(value.trim());
    }

    /** The constants named by the values (each case-sensitive), or 400 naming the parameter and the choices. */
    public static <E extends Enum<E>> Set<E> constants(String name, List<String> values, Class<E> type) {
        Set<E> found = EnumSet.noneOf(type);
        for (String value : values == null ? List.<String>of() : values) {
            try {
                found.add(Enum.valueOf(type, value.trim()));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid(name,
                        "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            }
        }
        return found;
    }

    /** Fails with 400 unless {@code from} lies before {@code to}. */
    public static void requireOrdered(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw ApiProblem.invalid("to", "must be after from");
        }
    }
}
