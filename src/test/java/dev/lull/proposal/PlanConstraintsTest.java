package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.Interval;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlanConstraintsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(PARIS).toInstant();
    }

    @Test
    void a_night_span_past_midnight_leaves_out_the_day_between_in_local_time_across_a_clock_change() {
        PlanConstraints nights = new PlanConstraints(Set.of(), LocalTime.of(22, 0), LocalTime.of(6, 0), 0);
        List<Interval> excluded = nights.excluded(PARIS,
                new Interval(paris("2026-10-24T12:00"), paris("2026-10-26T12:00")));
        assertThat(excluded).contains(new Interval(paris("2026-10-25T06:00"), paris("2026-10-25T22:00")),
                new Interval(paris("2026-10-26T06:00"), paris("2026-10-26T22:00")));
        Interval night = new Interval(paris("2026-10-25T22:00"), paris("2026-10-26T06:00"));
        assertThat(excluded).noneMatch(night::overlaps);
    }

    @Test
    void a_not_on_date_is_left_out_from_local_midnight_to_midnight() {
        PlanConstraints newYear = new PlanConstraints(Set.of(LocalDate.parse("2027-01-01")), null, null, 0);
        assertThat(newYear.excluded(PARIS, new Interval(paris("2026-12-30T00:00"), paris("2027-01-03T00:00"))))
                .containsExactly(new Interval(paris("2027-01-01T00:00"), paris("2027-01-02T00:00")));
    }

    @Test
    void a_window_after_midnight_belongs_to_the_night_before() {
        assertThat(PlanConstraints.night(paris("2027-01-02T02:00").atZone(PARIS).toOffsetDateTime()))
                .isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(PlanConstraints.night(paris("2027-01-01T22:00").atZone(PARIS).toOffsetDateTime()))
                .isEqualTo(LocalDate.parse("2027-01-01"));
    }

    @Test
    void at_most_max_per_night_windows_start_in_one_night() {
        Instant t0 = paris("2027-01-04T02:00");
        List<HostOptions> hosts = List.of("a", "b", "c").stream().map(name -> new HostOptions(name,
                List.of(at(t0, 0, 1), at(t0, 1, 5), at(t0, 2, 9)), List.of())).toList();
        ClusterPlan plan = new ClusterPlanner().plan("web", 3, 0, hosts, Map.of(), new Nights(1));
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.chosen().values().stream().map(c -> PlanConstraints.night(c.localStart())).distinct())
                .hasSize(3);
        assertThat(new ClusterPlanner().plan("web", 3, 0, hosts, Map.of(), new Nights(3)).totalExpectedMessages())
                .isEqualTo(3.0);
    }

    private static Candidate at(Instant t0, int days, double messages) {
        Instant start = t0.plus(Duration.ofDays(days));
        return new Candidate(start, start.plus(Duration.ofHours(2)), start.atZone(PARIS).toOffsetDateTime(),
                start.plus(Duration.ofHours(2)).atZone(PARIS).toOffsetDateTime(), messages, null, null,
                Confidence.HIGH, "test");
    }
}
