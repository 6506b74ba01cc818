package dev.lull.load;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.InstantRange;
import dev.lull.platform.QueryValues;

/** The validated, step-aligned range of a load series request; days are the host's local days. */
public record SeriesRange(Instant from, Instant to, Duration step) {
    static final Set<Duration> STEPS = Set.of(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(1));
    static final int MAX_POINTS = 10_000;
    static final Duration MAX_AHEAD = Duration.ofDays(1);

    /**
     * Aligns [from, to) outward to whole steps; defaults: to = now, from = to minus 1 day, 7 days or 8 weeks. Both
     * must lie within the history kept ({@code retention} before now) and at most a day after now.
     */
    public static SeriesRange of(Duration step, Instant from, Instant to, Instant now, ZoneId zone,
            Duration retention) {
        if (!STEPS.contains(step)) {
            throw ApiProblem.invalid("step", "must be PT5M, PT1H or P1D");
        }
        String why = "load history is kept for " + retention.toDays() + " days";
        InstantRange.require("from", from, now.minus(retention), now.plus(MAX_AHEAD), why);
        InstantRange.require("to", to, now.minus(retention), now.plus(MAX_AHEAD), why);
        Instant end = ceil(to != null ? to : now, step, zone);
        Instant start = floor(from != null ? from : end.minus(defaultSpan(step)), step, zone);
        QueryValues.requireOrdered(start, end);
        long points = Duration.between(start, end)
                .dividedBy(step.equals(Duration.ofDays(1)) ? Duration.ofHours(23) : step);
        if (points > MAX_POINTS) {
            throw ApiProblem.invalid("from", "the range holds more than " + MAX_POINTS + " points at step " + step
                    + "; narrow it or take a larger step");
        }
        return new SeriesRange(start, end, step);
    }

    private static Duration defaultSpan(Duration step) {
        return step.equals(Duration.ofMinutes(5))
                ? Duration.ofDays(1)
                : step.equals(Duration.ofHours(1)) ? Duration.ofDays(7) : Duration.ofDays(56);
    }

    static Instant floor(Instant at, Duration step, ZoneId zone) {
        if (step.equals(Duration.ofDays(1))) {
            return at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        }
        long seconds = step.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds);
    }

    static Instant ceil(Instant at, Duration step, ZoneId zone) {
        Instant floor = floor(at, step, zone);
        if (floor.equals(at)) {
            return at;
        }
        if (step.equals(Duration.ofDays(1))) {
            ZonedDateTime next = floor.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone);
            return next.toInstant();
        }
        return floor.plus(step).truncatedTo(ChronoUnit.SECONDS);
    }
}
