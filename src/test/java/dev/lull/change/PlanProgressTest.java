package dev.lull.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlanProgressTest {
    private static final Plan PLAN = Plan.of(
            new PlanStep("drain the node", "it-operations", Duration.ofMinutes(15)),
            new PlanStep("upgrade the kernel", "infrastructure-admin", null));
    private static final RoleOwners OWNERS = new RoleOwners(Map.of(
            "it-operations", Set.of("olga"), "infrastructure-admin", Set.of("ivo")));

    @Test
    void steps_are_done_in_order_by_owners_of_their_roles() {
        PlanProgress progress = PlanProgress.notStarted(PLAN).completeStep(1, "olga", OWNERS);
        assertThat(progress.next()).map(PlanStep::title).hasValue("upgrade the kernel");
        progress = progress.completeStep(2, "ivo", OWNERS);
        assertThat(progress.remaining()).isZero();
        assertThat(progress.next()).isEmpty();
    }

    @Test
    void a_step_out_of_order_is_not_applicable() {
        assertThatThrownBy(() -> PlanProgress.notStarted(PLAN).completeStep(2, "ivo", OWNERS))
                .isInstanceOf(NotApplicable.class)
                .hasMessage("step 2 cannot be done now: step 1 (drain the node) is next");
    }

    @Test
    void a_step_done_by_someone_without_its_role_is_refused() {
        assertThatThrownBy(() -> PlanProgress.notStarted(PLAN).completeStep(1, "ivo", OWNERS))
                .isInstanceOfSatisfying(NotPermitted.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.NOT_A_ROLE_OWNER));
    }

    @Test
    void nothing_is_left_to_do_after_the_last_step() {
        PlanProgress done = new PlanProgress(PLAN, 2);
        assertThatThrownBy(() -> done.completeStep(3, "ivo", OWNERS))
                .isInstanceOf(NotApplicable.class).hasMessage("all 2 steps are done");
    }

    @Test
    void a_step_without_duration_counts_as_zero_in_the_plan_total() {
        assertThat(PLAN.totalDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(PLAN.roles()).containsExactly("it-operations", "infrastructure-admin");
    }
}
