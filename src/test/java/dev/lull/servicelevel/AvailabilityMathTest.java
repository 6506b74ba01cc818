package dev.lull.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.BudgetImpact;
import dev.lull.schedule.Interval;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AvailabilityMathTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant DAY = Instant.parse("2028-07-10T00:00:00Z");
    private static final Interval WHOLE_DAY = Interval.of(DAY, Duration.ofDays(1));
    private static final Scope FOUR_NEED_THREE = Scope.cluster("web", Set.of("a", "b", "c", "d"), 3, ZoneOffset.UTC);

    private static Interval hours(int from, int to) {
        return new Interval(DAY.plus(Duration.ofHours(from)), DAY.plus(Duration.ofHours(to)));
    }

    @Test
    void a_cluster_of_four_that_needs_three_is_down_only_while_two_hosts_overlap() {
        var downtime = Map.of("a", List.of(hours(10, 12)), "b", List.of(hours(11, 13)));
        assertThat(AvailabilityMath.down(FOUR_NEED_THREE, downtime, WHOLE_DAY)).containsExactly(hours(11, 12));
        var split = AvailabilityMath.split(FOUR_NEED_THREE, new Downtime(Map.of(), downtime), WHOLE_DAY);
        assertThat(split.unplanned()).isEqualTo(Duration.ofHours(1));
        assertThat(AvailabilityMath.achieved(split.total(), WHOLE_DAY.length())).isCloseTo(23.0 / 24, within(1e-12));
    }

    @Test
    void a_cluster_down_because_of_a_change_and_an_outage_together_counts_it_as_unplanned() {
        var downtime = new Downtime(Map.of("a", List.of(hours(10, 12))), Map.of("b", List.of(hours(11, 13))));
        var split = AvailabilityMath.split(FOUR_NEED_THREE, downtime, WHOLE_DAY);
        assertThat(split.planned()).isZero();
        assertThat(split.unplanned()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_host_in_a_change_and_an_outage_at_once_counts_the_overlap_as_planned_once() {
        var downtime = new Downtime(Map.of("a", List.of(hours(10, 12))), Map.of("a", List.of(hours(11, 13))));
        var split = AvailabilityMath.split(Scope.host("a", ZoneOffset.UTC), downtime, WHOLE_DAY);
        assertThat(split.planned()).isEqualTo(Duration.ofHours(2));
        assertThat(split.unplanned()).isEqualTo(Duration.ofHours(1));
        assertThat(split.total()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void downtime_outside_the_span_is_not_counted() {
        var downtime = new Downtime(Map.of(), Map.of("a", List.of(new Interval(DAY.minus(Duration.ofHours(2)),
                DAY.plus(Duration.ofHours(1))))));
        assertThat(AvailabilityMath.split(Scope.host("a", ZoneOffset.UTC), downtime, WHOLE_DAY).unplanned())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_cluster_with_fewer_hosts_than_it_needs_is_down_all_the_time() {
        Scope tooSmall = Scope.cluster("db", Set.of("a", "b"), 3, ZoneOffset.UTC);
        assertThat(AvailabilityMath.down(tooSmall, Map.of(), WHOLE_DAY)).containsExactly(WHOLE_DAY);
    }

    @Test
    void a_cluster_that_needs_none_is_never_down() {
        Scope spare = Scope.cluster("batch", Set.of("a"), 0, ZoneOffset.UTC);
        assertThat(AvailabilityMath.down(spare, Map.of("a", List.of(hours(1, 5))), WHOLE_DAY)).isEmpty();
    }

    @Test
    void the_budget_of_three_nines_over_thirty_days_is_forty_three_minutes_twelve_seconds() {
        assertThat(AvailabilityMath.budget(0.999, Duration.ofDays(30))).isEqualTo(Duration.parse("PT43M12S"));
    }

    @Test
    void the_spring_forward_day_in_paris_lasts_23_hours_and_its_budget_and_availability_follow() {
        Instant midnight = Instant.parse("2026-03-29T22:00:00Z");
        Interval day = AvailabilityMath.periodEnding(midnight, Period.ofDays(1), PARIS);
        assertThat(day.start()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(day.length()).isEqualTo(Duration.ofHours(23));
        assertThat(AvailabilityMath.budget(0.99, day.length())).isEqualTo(Duration.parse("PT13M48S"));
        assertThat(AvailabilityMath.achieved(Duration.ofHours(1), day.length())).isCloseTo(22.0 / 23, within(1e-12));
    }

    @Test
    void the_fall_back_day_in_paris_lasts_25_hours() {
        Interval day = AvailabilityMath.periodEnding(Instant.parse("2026-10-25T23:00:00Z"), Period.ofDays(1), PARIS);
        assertThat(day.start()).isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
        assertThat(day.length()).isEqualTo(Duration.ofHours(25));
        assertThat(AvailabilityMath.budget(0.99, day.length())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void thirty_local_days_across_the_spring_change_last_719_hours() {
        Interval period = AvailabilityMath.periodEnding(Instant.parse("2026-04-15T10:00:00Z"), Period.ofDays(30),
                PARIS);
        assertThat(period.length()).isEqualTo(Duration.ofHours(719));
    }

    @Test
    void a_window_that_overspends_the_budget_breaches_the_target() {
        Scope host = Scope.host("a", ZoneOffset.UTC);
        Interval period = Interval.of(DAY.minus(Duration.ofDays(29)), Duration.ofDays(30));
        var known = new Downtime(Map.of(), Map.of("a", List.of(Interval.of(DAY, Duration.ofMinutes(40)))));
        BudgetImpact impact = AvailabilityMath.impact(host, new Target(0.999, Period.ofDays(30)), known,
                List.of("a"), Interval.of(DAY.plus(Duration.ofHours(5)), Duration.ofMinutes(5)), period);
        assertThat(impact.downtimeAdded()).isEqualTo(Duration.ofMinutes(5));
        assertThat(impact.budgetRemainingAfter()).isZero();
        assertThat(impact.budgetOverrunAfter()).isEqualTo(Duration.parse("PT1M48S"));
        assertThat(impact.projectedAvailability()).isCloseTo(1 - 45.0 / 43200, within(1e-12));
        assertThat(impact.wouldBreachTarget()).isTrue();
    }

    @Test
    void a_window_that_keeps_the_cluster_up_costs_its_budget_nothing_even_when_it_is_overspent() {
        var known = new Downtime(Map.of(), Map.of("a", List.of(hours(0, 12)), "b", List.of(hours(0, 12))));
        BudgetImpact impact = AvailabilityMath.impact(FOUR_NEED_THREE, new Target(0.999, Period.ofDays(1)), known,
                List.of("c"), hours(14, 16), WHOLE_DAY);
        assertThat(impact.downtimeAdded()).isZero();
        assertThat(impact.projectedAvailability()).isCloseTo(0.5, within(1e-12));
        assertThat(impact.wouldBreachTarget()).isFalse();
    }

    @Test
    void a_window_over_another_hosts_downtime_costs_the_cluster_only_the_overlap() {
        var known = new Downtime(Map.of("a", List.of(hours(10, 12))), Map.of());
        BudgetImpact impact = AvailabilityMath.impact(FOUR_NEED_THREE, new Target(0.9, Period.ofDays(1)), known,
                List.of("b"), hours(11, 14), WHOLE_DAY);
        assertThat(impact.downtimeAdded()).isEqualTo(Duration.ofHours(1));
        assertThat(impact.wouldBreachTarget()).isFalse();
    }
}
