package dev.lull.servicelevel;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.InstantRange;
import dev.lull.platform.QueryValues;
import dev.lull.schedule.Interval;

/** Reads the {@code from} and {@code to} of an availability report; by default the period of days ending now. */
final class ReportPeriod {

    private ReportPeriod() {
    }

    /** The period asked for; {@code from} no earlier than {@code lookBack} before now, {@code to} a day after now. */
    static Interval of(String from, String to, Instant now, Period days, ZoneId zone, Duration maxRange,
            Duration lookBack) {
        String why = "availability reaches back " + lookBack.toDays() + " days";
        Instant start = InstantRange.require("from", QueryValues.instant("from", from, null), now.minus(lookBack),
                now, why);
        Instant end = InstantRange.require("to", QueryValues.instant("to", to, now), now.minus(lookBack),
                now.plus(Duration.ofDays(1)), why);
        if (start == null) {
            start = AvailabilityMath.periodEnding(end, days, zone).start();
        }
        QueryValues.requireOrdered(start, end);
        if (!start.isBefore(now)) {
            throw ApiProblem.invalid("from", "must lie before now (" + now + "): nothing has been observed yet");
        }
        if (Duration.between(start, end).compareTo(maxRange) > 0) {
            throw ApiProblem.invalid("to", "must be at most " + maxRange.toDays() + " days after from");
        }
        return new Interval(start, end);
    }
}
