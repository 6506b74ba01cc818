package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.InstantRange;

/**
 * The validated parameters of a proposal request: window length, period, alignment, how many, whether windows
 * that would breach a downtime budget are offered too, and whether windows touching the host's holidays are not.
 */
public record ProposalQuery(Duration duration, Instant from, Instant to, Duration step, int limit,
        boolean allowBudgetBreach, boolean avoidHolidays) {
    static final Duration MIN_DURATION = Duration.ofMinutes(15);
    static final Duration MAX_DURATION = Duration.ofDays(1);
    static final Duration MAX_PERIOD = Duration.ofDays(92);
    static final Duration DEFAULT_PERIOD = Duration.ofDays(14);
    static final Duration MAX_AHEAD = Duration.ofDays(365);
    /** A request's defaults, as its query parameters' defaults (strings) and as {@link #standard} asks them. */
    static final String DEFAULT_DURATION = "PT2H";
    static final String DEFAULT_STEP = "PT15M";
    static final String DEFAULT_LIMIT = "5";
    static final Duration STANDARD_DURATION = Duration.parse(DEFAULT_DURATION);
    static final Duration STANDARD_STEP = Duration.parse(DEFAULT_STEP);

    /**
     * Applies defaults (to = from + 14 days), starts no sooner than the booking rules' minimum notice allows (now +
     * {@code minNotice}, rounded up to the step, also when {@code from} is earlier) and the
     * bounds: duration PT15M–P1D, a step of PT5M–PT1H dividing an hour, a period of at most 92 days that starts
     * no earlier than now and ends at most 365 days after now.
     */
    public static ProposalQuery of(Duration duration, Instant from, Instant to, Duration step, int limit, Instant now,
            Duration minNotice) {
        if (duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0) {
            throw ApiProblem.invalid("duration", "must be between PT15M and P1D");
        }
        if (step.compareTo(Duration.ofMinutes(5)) < 0 || step.compareTo(Duration.ofHours(1)) > 0
                || Duration.ofHours(1).toSeconds() % step.toSeconds() != 0) {
            throw ApiProblem.invalid("step",
                    "must be PT5M to PT1H and divide an hour (PT5M, PT10M, PT15M, PT20M, PT30M, PT1H)");
        }
        if (limit < 1 || limit > 50) {
            throw ApiProblem.invalid("limit", "must be between 1 and 50");
        }
        Instant earliest = now.plus(minNotice);
        Instant start = ceil(from != null && from.isAfter(earliest) ? from : earliest, step);
        if (from != null && from.isBefore(now)) {
            throw ApiProblem.invalid("from", "must not be in the past");
        }
        Instant latest = now.plus(MAX_AHEAD);
        InstantRange.require("from", from, now, latest, "proposals look at most 365 days ahead");
        InstantRange.require("to", to, now, latest, "proposals look at most 365 days ahead");
        Instant end = to != null ? to : start.plus(DEFAULT_PERIOD);
        if (Duration.between(start, end).compareTo(duration) < 0) {
            throw ApiProblem.invalid("to", "the period from " + start + " to " + end + " is shorter than the duration");
        }
        if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw ApiProblem.invalid("to", "the period may span at most 92 days");
        }
        return new ProposalQuery(duration, start, end, step, limit, false, true);
    }

    /** The question a request without parameters asks: the defaults, in the next 14 days. */
    static ProposalQuery standard(Instant now, Duration minNotice) {
        return of(STANDARD_DURATION, null, null, STANDARD_STEP, Integer.parseInt(DEFAULT_LIMIT), now, minNotice);
    }

    /** The same question, offering windows that would breach a downtime budget too when {@code allow}. */
    public ProposalQuery allowingBudgetBreach(boolean allow) {
        return new ProposalQuery(duration, from, to, step, limit, allow, avoidHolidays);
    }

    /** The same question, offering windows on the host's holidays too unless {@code avoid}. */
    public ProposalQuery avoidingHolidays(boolean avoid) {
        return new ProposalQuery(duration, from, to, step, limit, allowBudgetBreach, avoid);
    }

    static Instant ceil(Instant at, Duration step) {
        long seconds = step.toSeconds();
        long floored = Math.floorDiv(at.getEpochSecond(), seconds) * seconds;
        return floored == at.getEpochSecond() && at.getNano() == 0 ? at : Instant.ofEpochSecond(floored + seconds);
    }
}
