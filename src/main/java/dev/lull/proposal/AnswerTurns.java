package dev.lull.proposal;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.lull.platform.Turns;

/**
 * New answers take turns: at most {@code lull.proposals.max-concurrent-answers} are computed at once (reading a
 * host's history, fitting, searching), the others wait in arrival order. The work is CPU-bound, so many at once only
 * share the cores and all finish late; in turns, each finishes as soon as its own work allows. One that waits past
 * {@code answer-wait} is answered 503 (with Retry-After). Answers from the cache take no turn.
 */
@ApplicationScoped
class AnswerTurns {
    private final Turns turns;

    @Inject
    AnswerTurns(ProposalConfig config) {
        this(config.maxConcurrentAnswers().orElse(2 * Runtime.getRuntime().availableProcessors()),
                config.answerWait());
    }

    AnswerTurns(int permits, Duration wait) {
        this.turns = new Turns(permits, wait, "Too many new proposals are being computed at once. Ask again later.");
    }

    /** Computes {@code answer} in its turn. */
    <T> T inTurn(Supplier<T> answer) {
        try (Turns.Turn turn = turns.take()) {
            return answer.get();
        }
    }
}
