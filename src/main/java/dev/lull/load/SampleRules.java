package dev.lull.load;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import dev.lull.platform.ResourceName;

/** The rules every ingested sample must meet, checked before anything is stored. */
public final class SampleRules {
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Duration MAX_AHEAD = Duration.ofDays(1);
    private static final Pattern NAME = Pattern.compile(ResourceName.PATTERN);

    private SampleRules() {
    }

    /** Throws {@link BadSample} unless {@code name} is a valid host name (checked once per new name). */
    public static void checkHostName(String name, String position) {
        if (!validHostName(name)) {
            throw new BadSample(position, "host '" + name + "' is not a valid host name");
        }
    }

    /** Whether a sample meets the rules, for callers that drop bad samples rather than refuse their batch. */
    public static boolean accepts(Instant at, double messages, Instant now) {
        return Double.isFinite(messages) && messages >= 0 && !at.isBefore(EARLIEST) && !at.isAfter(now.plus(MAX_AHEAD));
    }

    /** Whether {@code name} is a valid host name. */
    public static boolean validHostName(String name) {
        return !name.isEmpty() && name.length() <= 63 && NAME.matcher(name).matches();
    }

    /** Throws {@link BadSample} naming the sample's position when it breaks a rule. */
    public static void check(IncomingSample sample, Instant now) {
        if (!Double.isFinite(sample.messages()) || sample.messages() < 0) {
            throw new BadSample(sample.position(), "messages must be a finite number >= 0");
        }
        if (sample.at().isBefore(EARLIEST)) {
            throw new BadSample(sample.position(), "at is before 2000-01-01");
        }
        if (sample.at().isAfter(now.plus(MAX_AHEAD))) {
            throw new BadSample(sample.position(), "at is more than a day in the future");
        }
    }
}
