package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.lull.platform.Caches;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FitCacheTest {
    static final Instant HOUR = Instant.parse("2026-03-02T10:00:00Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    final FitCache cache = new FitCache(new Caches(64L << 20, new SimpleMeterRegistry()));
    final Fitted fit = new ProposalEngine()
            .fit(Synthetic.weeksBefore(HOUR, 2, PARIS, Synthetic::officeLoad), HOUR);

    @Test
    void requests_that_miss_together_wait_for_one_fit() throws Exception {
        AtomicInteger fits = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(8);
        List<Future<Fitted>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(requests.submit(() -> {
                start.await();
                return cache.get(1, "Europe/Paris", false, HOUR, 7, HOUR, () -> {
                    fits.incrementAndGet();
                    sleep();
                    return fit;
                });
            }));
        }
        start.countDown();
        for (Future<Fitted> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).isSameAs(fit);
        }
        requests.shutdown();
        assertThat(fits).hasValue(1);
    }

    @Test
    void a_fit_holds_for_its_hour_and_host_only() {
        AtomicInteger fits = new AtomicInteger();
        cache.get(1, "Europe/Paris", false, HOUR, 7, HOUR, () -> counted(fits));
        cache.get(1, "Europe/Paris", false, HOUR, 7, HOUR, () -> counted(fits));
        assertThat(fits).hasValue(1);
        cache.get(1, "Europe/Paris", false, HOUR.plusSeconds(3600), 7, HOUR.plusSeconds(3600), () -> counted(fits));
        cache.get(2, "Europe/Paris", false, HOUR.plusSeconds(3600), 7, HOUR.plusSeconds(3600), () -> counted(fits));
        cache.get(2, "Europe/Paris", true, HOUR.plusSeconds(3600), 7, HOUR.plusSeconds(3600), () -> counted(fits));
        assertThat(fits).hasValue(4);
    }

    @Test
    void an_ingest_anywhere_moves_the_history_version_and_the_fit_is_made_again() {
        AtomicInteger fits = new AtomicInteger();
        cache.get(1, "Europe/Paris", false, HOUR, 7, HOUR, () -> counted(fits));
        cache.get(1, "Europe/Paris", false, HOUR, 8, HOUR, () -> counted(fits));
        cache.get(1, "Europe/Paris", false, HOUR, 8, HOUR, () -> counted(fits));
        assertThat(fits).hasValue(2);
    }

    private Fitted counted(AtomicInteger fits) {
        fits.incrementAndGet();
        return fit;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void the_next_hours_fit_made_ahead_stands_beside_the_current_one_and_counts_as_asked_when_it_was() {
        AtomicInteger fits = new AtomicInteger();
        Instant next = HOUR.plusSeconds(3600);
        cache.get(1, "Europe/Paris", true, HOUR, 7, HOUR.plusSeconds(40 * 60), () -> counted(fits));
        cache.get(2, "Europe/Paris", false, HOUR.minusSeconds(3600), 7, HOUR.minusSeconds(600), () -> counted(fits));
        List<FitCache.Asked> asked = cache.askedSince(HOUR, HOUR.minusSeconds(3 * 60));
        assertThat(asked).containsExactly(new FitCache.Asked(1, "Europe/Paris", true, HOUR.plusSeconds(40 * 60)));
        assertThat(cache.makeAhead(asked.get(0), next, 7, () -> counted(fits))).isTrue();
        assertThat(cache.makeAhead(asked.get(0), next, 7, () -> counted(fits))).isFalse();
        cache.get(1, "Europe/Paris", true, HOUR, 7, HOUR.plusSeconds(50 * 60), () -> counted(fits));
        cache.get(1, "Europe/Paris", true, next, 7, next.plusSeconds(10), () -> counted(fits));
        assertThat(fits).hasValue(3);
        assertThat(cache.askedSince(next, HOUR)).extracting(FitCache.Asked::at)
                .containsExactly(next.plusSeconds(10));
    }

    @Test
    void the_fits_of_past_hours_are_dropped_and_hand_on_when_they_were_asked() {
        AtomicInteger fits = new AtomicInteger();
        Instant next = HOUR.plusSeconds(3600);
        cache.get(1, "Europe/Paris", false, HOUR, 7, HOUR.plusSeconds(50 * 60), () -> counted(fits));
        cache.makeAhead(new FitCache.Asked(1, "Europe/Paris", false, HOUR.plusSeconds(10 * 60)), next, 7,
                () -> counted(fits));
        cache.get(3, "Europe/Paris", false, HOUR, 7, HOUR.plusSeconds(59 * 60), () -> counted(fits));
        cache.dropBefore(next);
        assertThat(cache.askedSince(HOUR, Instant.EPOCH)).isEmpty();
        assertThat(cache.askedSince(next, Instant.EPOCH)).containsExactly(
                new FitCache.Asked(1, "Europe/Paris", false, HOUR.plusSeconds(50 * 60)));
    }
}
