package dev.lull.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When to try a failed delivery again: exponential delays with jitter, until the give-up horizon. */
public record Backoff(Duration base, Duration maxDelay, Duration giveUpAfter, double jitter) {
    private static final int MAX_DOUBLINGS = 30;

    public static Backoff of(NotifyConfig.Retry retry) {
        return new Backoff(retry.base(), retry.maxDelay(), retry.giveUpAfter(), retry.jitter());
    }

    /** The delay after {@code attempts} failed attempts, before jitter: base × 2^(attempts−1), capped. */
    Duration delay(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), MAX_DOUBLINGS);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * The next attempt after {@code attempts} failures at {@code now}, with {@code random} in [0, 1) choosing the
     * jitter; empty once it would fall after {@code createdAt + giveUpAfter}.
     */
    public Optional<Instant> next(int attempts, Instant createdAt, Instant now, double random) {
        Duration delay = delay(attempts);
        long jitterMillis = (long) (delay.toMillis() * jitter * random);
        Instant next = now.plus(delay).plusMillis(jitterMillis);
        return next.isAfter(createdAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
