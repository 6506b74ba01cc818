package dev.lull.platform;

import java.util.Collection;
import java.util.function.ToLongFunction;

/**
 * Estimated retained sizes in bytes on a 64-bit JVM with compressed references, by which cached values are weighed.
 * Rounded up, so that an estimate errs on the large side.
 */
public final class Bytes {
    /** An object's header. */
    public static final int HEADER = 12;
    /** A reference field or array slot. */
    public static final int REFERENCE = 4;
    /** An {@link java.time.Instant} or {@link java.time.Duration} (a long and an int). */
    public static final int INSTANT = 24;
    /** An {@link java.time.OffsetDateTime}: itself, its date-time, date and time (the offset is shared). */
    public static final int OFFSET_DATE_TIME = 4 * 24;
    /** A boxed {@link Double} or {@link Long}. */
    public static final int BOXED = 16;

    private Bytes() {
    }

    /** An object with {@code references} reference fields and {@code primitiveBytes} bytes of primitive fields. */
    public static long object(int references, int primitiveBytes) {
        return align(HEADER + (long) references * REFERENCE + primitiveBytes);
    }

    public static long doubles(int length) {
        return array(length, 8);
    }

    public static long floats(int length) {
        return array(length, 4);
    }

    public static long bytes(int length) {
        return array(length, 1);
    }

    public static long references(int length) {
        return array(length, REFERENCE);
    }

    /** A string and its characters: one byte per character when all are Latin-1, else two. */
    public static long string(String value) {
        if (value == null) {
            return 0;
        }
        boolean latin1 = value.chars().allMatch(c -> c < 256);
        return object(1, 8) + array(value.length(), latin1 ? 1 : 2);
    }

    /** A list and its elements, each weighed by {@code element}. */
    public static <T> long list(Collection<T> values, ToLongFunction<T> element) {
        if (values == null) {
            return 0;
        }
        long total = object(2, 8) + references(values.size());
        for (T value : values) {
            total += element.applyAsLong(value);
        }
        return total;
    }

    private static long array(long length, int elementBytes) {
        return align(16 + length * elementBytes);
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
