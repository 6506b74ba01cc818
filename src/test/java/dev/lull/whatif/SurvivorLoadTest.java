package dev.lull.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.Interval;
import dev.lull.whatif.WhatIfEngine.PastWindow;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SurvivorLoadTest {
    static final Instant START = Instant.parse("2027-01-04T00:00:00Z");

    static HourlyLoad flat(double perHour) {
        double[] hours = new double[24 * 14];
        java.util.Arrays.fill(hours, perHour);
        return HourlyLoad.of(START, hours);
    }

    static List<PastWindow> windows() {
        return List.of(new PastWindow(1, Interval.of(START.plus(Duration.ofDays(8)), Duration.ofHours(2))),
                new PastWindow(2, Interval.of(START.plus(Duration.ofDays(1)), Duration.ofHours(2))));
    }

    @Test
    void the_down_hosts_load_moves_to_the_survivors_and_is_judged_against_their_capacity() {
        Map<String, Double> members = Map.of("a", 10.0, "b", 10.0, "c", 10.0);
        Map<String, HourlyLoad> loads = Map.of("a", flat(300), "b", flat(300), "c", flat(300));
        ClusterReplay replay = SurvivorLoad.replay("mbox", 1, members, Set.of("a"), loads, windows(), 0.8);
        assertThat(replay.hostsDown()).containsExactly("a");
        assertThat(replay.hostsUp()).containsExactly("b", "c");
        assertThat(replay.survivorCapacityPerMinute()).isEqualTo(20);
        assertThat(replay.weeks().get(0).peakPerMinute()).isEqualTo(15);
        assertThat(replay.weeks().get(0).utilization()).isCloseTo(0.75, within(1e-9));
        assertThat(replay.weeksOverThreshold()).isZero();
        ClusterReplay two = SurvivorLoad.replay("mbox", 1, members, Set.of("a", "b"), loads, windows(), 0.8);
        assertThat(two.weeks().get(0).utilization()).isCloseTo(1.5, within(1e-9));
        assertThat(two.weeksOverThreshold()).isEqualTo(2);
        assertThat(two.verdict()).startsWith("over 80 % of the survivors' capacity in 2 of 2 weeks");
    }

    @Test
    void a_missing_hour_of_a_rated_host_leaves_the_week_without_figures_and_unrated_hosts_count_nothing() {
        Map<String, Double> members = new HashMap<>(Map.of("a", 10.0, "b", 10.0));
        members.put("c", null);
        double[] gap = new double[24 * 14];
        java.util.Arrays.fill(gap, Double.NaN);
        Map<String, HourlyLoad> loads = Map.of("a", flat(300), "b", HourlyLoad.of(START, gap), "c", flat(1e6));
        ClusterReplay replay = SurvivorLoad.replay("mbox", 1, members, Set.of("a"), loads, windows(), 0.8);
        assertThat(replay.unrated()).containsExactly("c");
        assertThat(replay.weeks().get(0).peakPerMinute()).isNull();
        assertThat(replay.verdict()).startsWith("no complete load history");
    }
}
