package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.Interval;

@DisplayNameGeneration(ReplaceUnderscores.class)
class ClusterPlannerTest {
    static final Instant T0 = Instant.parse("2025-06-08T00:00:00Z");
    final ClusterPlanner planner = new ClusterPlanner();

    /** A two-hour candidate starting {@code hour} hours after T0 with the given expected load. */
    static Candidate at(int hour, double messages) {
        Instant start = T0.plus(Duration.ofHours(hour));
        return new Candidate(start, start.plus(Duration.ofHours(2)), null, null, messages, null, null, Confidence.HIGH,
                "test");
    }

    static HostOptions host(String name, List<Interval> busy, Candidate... candidates) {
        return new HostOptions(name, List.of(candidates), busy);
    }

    @Test
    void hosts_that_all_prefer_the_same_window_are_spread_so_three_of_four_stay_up() {
        List<HostOptions> hosts = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            hosts.add(host(name, List.of(), at(2, 10), at(4, 20), at(6, 30), at(8, 40)));
        }

        ClusterPlan plan = planner.plan("mbox", 4, 3, hosts);

        assertThat(plan.feasible()).isTrue();
        assertThat(plan.totalExpectedMessages()).isEqualTo(100.0);
        assertThat(plan.windows().values()).doesNotHaveDuplicates();
        assertNoTwoOverlap(plan.windows());
    }

    @Test
    void with_two_allowed_down_the_cheapest_window_is_shared_by_two_hosts() {
        List<HostOptions> hosts = List.of(host("a", List.of(), at(2, 10), at(4, 20)),
                host("b", List.of(), at(2, 10), at(4, 20)), host("c", List.of(), at(2, 10), at(4, 20)));

        ClusterPlan plan = planner.plan("web", 5, 3, hosts);

        assertThat(plan.totalExpectedMessages()).isEqualTo(40.0);
    }

    @Test
    void other_scheduled_work_on_one_host_counts_against_the_others() {
        Interval patching = Interval.of(T0.plus(Duration.ofHours(2)), Duration.ofHours(2));
        List<HostOptions> hosts = List.of(host("a", List.of(), at(2, 10), at(6, 50)),
                host("b", List.of(patching), at(8, 10)));

        ClusterPlan plan = planner.plan("db", 3, 2, hosts);

        assertThat(plan.windows().get("a").start()).isEqualTo(T0.plus(Duration.ofHours(6)));
    }

    @Test
    void work_on_a_host_left_out_of_the_plan_still_counts_as_down() {
        Interval patching = Interval.of(T0.plus(Duration.ofHours(2)), Duration.ofHours(2));
        List<HostOptions> hosts = List.of(host("a", List.of(), at(2, 10), at(6, 50)));

        ClusterPlan plan = planner.plan("db", 3, 2, hosts, Map.of("c", List.of(patching)));

        assertThat(plan.windows().get("a").start()).isEqualTo(T0.plus(Duration.ofHours(6)));
        assertThat(planner.plan("db", 3, 2, hosts).windows().get("a").start()).isEqualTo(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void when_every_host_has_only_the_same_window_the_plan_is_refused_with_the_constraint() {
        List<HostOptions> hosts = List.of(host("a", List.of(), at(2, 10)), host("b", List.of(), at(2, 10)),
                host("c", List.of(), at(2, 10)), host("d", List.of(), at(2, 10)));

        ClusterPlan plan = planner.plan("mbox", 4, 3, hosts);

        assertThat(plan.feasible()).isFalse();
        assertThat(plan.blockedBy())
                .isEqualTo("cluster mbox: 4 hosts, minAvailable 3: no assignment keeps 3 of 4 available");
    }

    @Test
    void a_host_without_any_free_window_is_named() {
        ClusterPlan plan = planner.plan("mbox", 4, 3,
                List.of(host("a", List.of(), at(2, 10)), host("x", List.of())));

        assertThat(plan.blockedBy())
                .isEqualTo("cluster mbox: 4 hosts, minAvailable 3: host x has no window free of blackouts");
    }

    @Test
    void twenty_hosts_are_planned_quickly() {
        List<HostOptions> hosts = new ArrayList<>();
        for (int h = 0; h < 20; h++) {
            Candidate[] candidates = new Candidate[10];
            for (int c = 0; c < 10; c++) {
                candidates[c] = at(c * 3 + (h % 3), 10 + c * 5 + (h * 7 + c * 3) % 11);
            }
            hosts.add(host("h" + h, List.of(), candidates));
        }

        long started = System.nanoTime();
        ClusterPlan plan = planner.plan("big", 20, 17, hosts);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(plan.feasible()).isTrue();
        assertThat(plan.windows()).hasSize(20);
        assertThat(millis).isLessThan(500);
        assertAtMostDownAtOnce(plan.windows(), 3);
    }

    static void assertNoTwoOverlap(Map<String, Interval> windows) {
        assertAtMostDownAtOnce(windows, 1);
    }

    static void assertAtMostDownAtOnce(Map<String, Interval> windows, int maxDown) {
        for (Interval window : windows.values()) {
            long down = windows.values().stream().filter(other -> other.contains(window.start())).count();
            assertThat(down).isLessThanOrEqualTo(maxDown);
        }
    }
}
