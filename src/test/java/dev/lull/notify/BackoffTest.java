package dev.lull.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BackoffTest {
    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofHours(24), 0.2);
    static final Instant CREATED = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void delays_double_from_the_base_up_to_the_cap() {
        assertThat(BACKOFF.delay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(BACKOFF.delay(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(BACKOFF.delay(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(BACKOFF.delay(10)).isEqualTo(Duration.ofMinutes(256));
        assertThat(BACKOFF.delay(11)).isEqualTo(Duration.ofHours(6));
        assertThat(BACKOFF.delay(500)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void jitter_adds_up_to_a_fifth_of_the_delay() {
        Instant now = CREATED.plusSeconds(60);
        assertThat(BACKOFF.next(3, CREATED, now, 0.0)).contains(now.plus(Duration.ofMinutes(2)));
        assertThat(BACKOFF.next(3, CREATED, now, 0.5)).contains(now.plus(Duration.ofSeconds(132)));
        assertThat(BACKOFF.next(3, CREATED, now, 0.999)).hasValueSatisfying(
                next -> assertThat(next).isBefore(now.plus(Duration.ofSeconds(144))));
    }

    @Test
    void a_next_attempt_past_a_day_after_the_event_is_not_scheduled() {
        Instant late = CREATED.plus(Duration.ofHours(20));
        assertThat(BACKOFF.next(11, CREATED, late, 0.0)).isEmpty();
        assertThat(BACKOFF.next(11, CREATED, CREATED.plus(Duration.ofHours(17)), 0.0))
                .contains(CREATED.plus(Duration.ofHours(23)));
    }

    @Test
    void the_whole_schedule_spans_about_a_day() {
        Instant at = CREATED;
        int attempts = 1;
        for (var next = BACKOFF.next(attempts, CREATED, at, 0.0); next.isPresent(); next = BACKOFF
                .next(++attempts, CREATED, at, 0.0)) {
            at = next.get();
        }
        assertThat(attempts).isEqualTo(13);
        assertThat(Duration.between(CREATED, at)).isBetween(Duration.ofHours(20), Duration.ofHours(24));
    }
}
