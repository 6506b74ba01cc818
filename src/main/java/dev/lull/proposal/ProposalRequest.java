package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What to propose: windows of {@code duration} starting on {@code step} boundaries within {@code [from, to)}. */
public record ProposalRequest(Instant from, Instant to, Duration duration, Duration step, int limit) {
    public static final Duration MIN_DURATION = Duration.ofMinutes(15);
    public static final Duration MAX_DURATION = Duration.ofDays(1);
    public static final Duration MIN_STEP = Duration.ofMinutes(5);
    public static final Duration MAX_STEP = Duration.ofHours(1);

    public ProposalRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        require(from.isBefore(to), "from must be before to");
        require(within(duration, MIN_DURATION, MAX_DURATION), "duration must be within PT15M..P1D");
        require(within(step, MIN_STEP, MAX_STEP), "step must be within PT5M..PT1H");
        require(step.toSeconds() % 60 == 0 && step.getNano() == 0, "step must be whole minutes");
        require(limit >= 1, "limit must be at least 1");
    }

    /** The first step boundary (counted from the epoch in UTC) at or after {@code from}. */
    public Instant firstStart() {
        long stepSeconds = step.toSeconds();
        long seconds = from.getEpochSecond() + (from.getNano() > 0 ? 1 : 0);
        return Instant.ofEpochSecond(-Math.floorDiv(-seconds, stepSeconds) * stepSeconds);
    }

    private static boolean within(Duration value, Duration min, Duration max) {
        return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
