package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.Interval;

@DisplayNameGeneration(ReplaceUnderscores.class)
class WindowSearchTest {
    private static final Instant T0 = Instant.parse("2025-06-02T00:00:00Z");

    private static Interval hour(int h) {
        return Interval.of(T0.plus(Duration.ofHours(h)), Duration.ofHours(1));
    }

    @Test
    void free_windows_start_on_steps_end_by_to_and_miss_every_busy_interval() {
        ProposalRequest request = new ProposalRequest(T0.plusSeconds(1), T0.plus(Duration.ofHours(3)),
                Duration.ofHours(1), Duration.ofMinutes(30), 3);
        List<Interval> free = WindowSearch.freeWindows(request, List.of(Interval.of(T0.plus(Duration.ofMinutes(100)),
                Duration.ofMinutes(5))));
        assertThat(free).extracting(Interval::start).containsExactly(T0.plus(Duration.ofMinutes(30)),
                T0.plus(Duration.ofMinutes(120)));
        assertThat(free).allMatch(window -> window.length().equals(Duration.ofHours(1)));
    }

    @Test
    void a_duration_with_a_fraction_of_a_second_still_ends_by_to() {
        Duration odd = Duration.ofHours(1).plusMillis(500);
        List<Interval> free = WindowSearch.freeWindows(new ProposalRequest(T0, T0.plus(Duration.ofHours(2)), odd,
                Duration.ofMinutes(30), 3), List.of());
        assertThat(free).extracting(Interval::start).containsExactly(T0, T0.plus(Duration.ofMinutes(30)));
        assertThat(free).allMatch(window -> window.length().equals(odd) && !window.end().isAfter(
                T0.plus(Duration.ofHours(2))));
    }

    @Test
    void the_lowest_scores_win_and_the_earliest_of_equals_first() {
        Map<Interval, Double> scores = Map.of(hour(0), 5.0, hour(1), 2.0, hour(2), 2.0, hour(3), 9.0, hour(4), 1.0);
        List<Interval> best = WindowSearch.bestDisjoint(List.of(hour(0), hour(1), hour(2), hour(3), hour(4)),
                scores::get, 3);
        assertThat(best).containsExactly(hour(4), hour(1), hour(2));
    }

    @Test
    void scores_within_a_millionth_of_the_largest_count_as_equal() {
        Map<Interval, Double> scores = Map.of(hour(0), 1000.0 + 1e-5, hour(1), 1000.0, hour(2), 2000.0);
        assertThat(WindowSearch.bestDisjoint(List.of(hour(0), hour(1), hour(2)), scores::get, 1))
                .containsExactly(hour(0));
    }

    @Test
    void windows_given_out_of_order_are_ranked_by_start_among_equals_and_unknown_scores_come_last() {
        List<Interval> windows = new ArrayList<>(List.of(hour(0), hour(1), hour(2), hour(3)));
        Collections.reverse(windows);
        Map<Interval, Double> scores = Map.of(hour(0), Double.NaN, hour(1), 3.0, hour(2), -1.0, hour(3), 3.0);
        assertThat(WindowSearch.bestDisjoint(windows, scores::get, 4))
                .containsExactly(hour(2), hour(1), hour(3), hour(0));
    }

    @Test
    void a_window_overlapping_one_taken_is_skipped() {
        Interval early = Interval.of(T0, Duration.ofHours(2));
        Interval overlapping = Interval.of(T0.plus(Duration.ofHours(1)), Duration.ofHours(2));
        Interval later = Interval.of(T0.plus(Duration.ofHours(3)), Duration.ofHours(2));
        Map<Interval, Double> scores = Map.of(early, 1.0, overlapping, 0.5, later, 2.0);
        assertThat(WindowSearch.bestDisjoint(List.of(early, overlapping, later), scores::get, 3))
                .containsExactly(overlapping, later);
    }
}
