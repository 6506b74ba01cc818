package dev.lull.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DowntimeTimelineTest {
    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void the_sweep_cuts_time_wherever_the_set_of_down_hosts_changes() {
        List<DownSegment> segments = DowntimeTimeline.sweep(Map.of(
                "a", List.of(hours(0, 2)),
                "b", List.of(hours(1, 3))));
        assertThat(segments).containsExactly(
                new DownSegment(hours(0, 1), Set.of("a")),
                new DownSegment(hours(1, 2), Set.of("a", "b")),
                new DownSegment(hours(2, 3), Set.of("b")));
    }

    @Test
    void a_gap_with_no_host_down_has_no_segment() {
        List<DownSegment> segments = DowntimeTimeline.sweep(Map.of("a", List.of(hours(0, 1), hours(2, 3))));
        assertThat(segments).extracting(DownSegment::interval).containsExactly(hours(0, 1), hours(2, 3));
    }

    @Test
    void a_host_down_twice_at_once_counts_once() {
        List<DownSegment> segments = DowntimeTimeline.sweep(Map.of("a", List.of(hours(0, 3), hours(1, 2))));
        assertThat(segments).containsExactly(new DownSegment(hours(0, 3), Set.of("a")));
    }

    @Test
    void one_host_coming_up_as_another_goes_down_never_counts_both() {
        List<DownSegment> segments = DowntimeTimeline.sweep(Map.of(
                "a", List.of(hours(0, 1)), "b", List.of(hours(1, 2))));
        assertThat(segments).extracting(DownSegment::hostsDown).containsExactly(Set.of("a"), Set.of("b"));
    }

    @Test
    void touching_and_overlapping_intervals_merge() {
        assertThat(DowntimeTimeline.merge(List.of(hours(4, 5), hours(0, 2), hours(2, 3), hours(1, 2))))
                .containsExactly(hours(0, 3), hours(4, 5));
    }

    @Test
    void a_cluster_reports_only_the_segments_below_its_minimum_and_ignores_other_hosts() {
        ClusterOccupancy cluster = new ClusterOccupancy(Set.of("a", "b", "c"), 2);
        List<ClusterShortfall> shortfalls = cluster.shortfalls(Map.of(
                "a", List.of(hours(0, 4)),
                "b", List.of(hours(2, 6)),
                "outsider", List.of(hours(0, 6))));
        assertThat(shortfalls).containsExactly(new ClusterShortfall(hours(2, 4), 1, 2, List.of("a", "b")));
    }

    @Test
    void a_cluster_with_nothing_down_has_no_shortfall() {
        assertThat(new ClusterOccupancy(Set.of("a"), 1).shortfalls(Map.of())).isEmpty();
    }

    private static Interval hours(int from, int to) {
        return new Interval(T0.plus(Duration.ofHours(from)), T0.plus(Duration.ofHours(to)));
    }
}
