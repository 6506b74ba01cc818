package dev.lull.platform;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Work that takes turns: at most a number of callers run it at once, the others wait in arrival order (a fair
 * semaphore), and one that waits longer than allowed is answered 503 (with Retry-After) with the given detail.
 */
public final class Turns {
    private final Semaphore turns;
    private final long waitMillis;
    private final String refusal;

    /** {@code permits} at once (at least one), waiting {@code wait} at most, refused with {@code refusal}. */
    public Turns(int permits, Duration wait, String refusal) {
        this.turns = new Semaphore(Math.max(1, permits), true);
        this.waitMillis = wait.toMillis();
        this.refusal = refusal;
    }

    /** Takes a turn, waiting for it if need be, to be given back by closing it; a 503 problem if none came in time. */
    public Turn take() {
        if (!acquire()) {
            throw new ApiProblem(503, refusal);
        }
        return turns::release;
    }

    private boolean acquire() {
        try {
            return turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A turn taken; closing it gives it back. */
    @FunctionalInterface
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }
}
