package dev.lull.loadsource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The steps a pull asks for: after the last stored one, to the last complete step, in pages under the limit. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PullPlanTest {
    static final Duration STEP = Duration.ofMinutes(5);
    static final Instant NOW = Instant.parse("2027-03-28T01:32:10Z");

    @Test
    void a_first_pull_starts_at_the_backfill_aligned_up_and_ends_at_the_last_complete_step() {
        PullPlan plan = PullPlan.of(null, NOW, STEP, Duration.ofDays(1), 10_000).orElseThrow();
        assertThat(plan.start()).isEqualTo(Instant.parse("2027-03-27T01:35:00Z"));
        assertThat(plan.end()).isEqualTo(Instant.parse("2027-03-28T01:25:00Z"));
        assertThat(plan.pages()).containsExactly(new PullPlan.Page(plan.start(), plan.end()));
    }

    @Test
    void a_later_pull_starts_one_step_after_the_last_stored_and_nothing_is_due_within_a_step() {
        PullPlan plan = PullPlan.of(Instant.parse("2027-03-28T01:10:00Z"), NOW, STEP, Duration.ofDays(1), 10_000)
                .orElseThrow();
        assertThat(plan.start()).isEqualTo(Instant.parse("2027-03-28T01:15:00Z"));
        assertThat(PullPlan.of(Instant.parse("2027-03-28T01:25:00Z"), NOW, STEP, Duration.ofDays(1), 10_000))
                .isEmpty();
    }

    @Test
    void eight_weeks_of_five_minute_steps_come_in_pages_of_at_most_ten_thousand_points_without_gaps() {
        PullPlan plan = PullPlan.of(null, NOW, STEP, Duration.ofDays(56), 10_000).orElseThrow();
        var pages = plan.pages();
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).start()).isEqualTo(plan.start());
        assertThat(Duration.between(pages.get(0).start(), pages.get(0).end()).dividedBy(STEP) + 1).isEqualTo(10_000);
        assertThat(pages.get(1).start()).isEqualTo(pages.get(0).end().plus(STEP));
        assertThat(pages.get(1).end()).isEqualTo(plan.end());
        long points = pages.stream().mapToLong(p -> Duration.between(p.start(), p.end()).dividedBy(STEP) + 1).sum();
        assertThat(points).isEqualTo(Duration.between(plan.start(), plan.end()).dividedBy(STEP) + 1).isEqualTo(16_127);
    }
}
