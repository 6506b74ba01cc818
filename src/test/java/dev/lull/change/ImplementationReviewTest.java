package dev.lull.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.Interval;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImplementationReviewTest {
    private static final Instant T0 = Instant.parse("2026-03-04T01:00:00Z");
    private static final Interval PLANNED = new Interval(T0, T0.plus(Duration.ofHours(2)));

    @Test
    void a_late_start_and_an_overrun_are_measured_against_the_planned_window() {
        Interval actual = new Interval(T0.plus(Duration.ofMinutes(20)), T0.plus(Duration.ofMinutes(150)));
        ImplementationReview review = ImplementationReview.of(PLANNED, actual);
        assertThat(review.startDelay()).isEqualTo(Duration.ofMinutes(20));
        assertThat(review.overrun()).isEqualTo(Duration.ofMinutes(30));
        assertThat(review.stayedInWindow()).isFalse();
    }

    @Test
    void work_finished_early_has_no_overrun() {
        Interval actual = new Interval(T0, T0.plus(Duration.ofMinutes(45)));
        ImplementationReview review = ImplementationReview.of(PLANNED, actual);
        assertThat(review.startDelay()).isZero();
        assertThat(review.overrun()).isZero();
        assertThat(review.stayedInWindow()).isTrue();
    }

    @Test
    void an_emergency_change_started_before_its_window_stays_in_it_when_it_ends_in_time() {
        Interval actual = new Interval(T0.minus(Duration.ofMinutes(40)), T0.plus(Duration.ofMinutes(30)));
        ImplementationReview emergency = ImplementationReview.of(PLANNED, actual, ChangeType.EMERGENCY);
        assertThat(emergency.startDelay()).isEqualTo(Duration.ofMinutes(-40));
        assertThat(emergency.stayedInWindow()).isTrue();
        assertThat(ImplementationReview.of(PLANNED, actual, ChangeType.NORMAL).stayedInWindow()).isFalse();
        Interval overran = new Interval(actual.start(), PLANNED.end().plus(Duration.ofMinutes(1)));
        assertThat(ImplementationReview.of(PLANNED, overran, ChangeType.EMERGENCY).stayedInWindow()).isFalse();
    }
}
