package dev.lull.proposal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.lull.platform.ApiProblem;

/**
 * New answers take turns: at most {@code lull.proposals.max-concurrent-answers} are computed at once (reading a
 * host's history, fitting, searching), the others wait in arrival order. The work is CPU-bound, so many at once only
 * share the cores and all finish late; in turns, each finishes as soon as its own work allows. One that waits past
 * {@code answer-wait} is answered 503 (with Retry-After). Answers from the cache take no turn.
 */
@ApplicationScoped
class AnswerTurns {
    private final Semaphore turns;
    private final long waitMillis;

    @Inject
    AnswerTurns(ProposalConfig config) {
        this(config.maxConcurrentAnswers().orElse(2 * Runtime.getRuntime().availableProcessors()),
                config.answerWait());
    }

    AnswerTurns(int permits, Duration wait) {
        this.turns = new Semaphore(Math.max(1, permits), true);
        this.waitMillis = wait.toMillis();
    }

    /** Computes {@code answer} in its turn. */
    <T> T inTurn(Supplier<T> answer) {
        if (!acquire()) {
            throw new ApiProblem(503, "Too many new proposals are being computed at once. Ask again later.");
        }
        try {
            return answer.get();
        } finally {
            turns.release();
        }
    }

    private boolean acquire() {
        try {
            return turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
