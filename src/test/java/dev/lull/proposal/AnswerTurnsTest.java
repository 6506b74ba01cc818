package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import dev.lull.platform.ApiProblem;

/** New answers computed a few at a time, the others waiting their turn or, past the wait, refused with 503. */
@DisplayNameGeneration(ReplaceUnderscores.class)
class AnswerTurnsTest {

    @Test
    void no_more_answers_than_permitted_are_computed_at_once_and_all_are_computed() throws Exception {
        AnswerTurns turns = new AnswerTurns(2, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                answers.add(pool.submit(() -> turns.inTurn(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(5);
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void an_answer_that_waits_too_long_is_refused_with_503_and_the_turn_comes_back() throws Exception {
        AnswerTurns turns = new AnswerTurns(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> turns.inTurn(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holder.start();
        holding.await();

        assertThatThrownBy(() -> turns.inTurn(() -> "late")).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.status()).isEqualTo(503));

        release.countDown();
        holder.join();
        assertThat(turns.inTurn(() -> "in turn")).isEqualTo("in turn");
    }

    @Test
    void a_failing_answer_gives_its_turn_back() {
        AnswerTurns turns = new AnswerTurns(1, Duration.ofMillis(100));
        assertThatThrownBy(() -> turns.inTurn(() -> {
            throw new IllegalStateException("reading load failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(turns.inTurn(() -> 1)).isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
