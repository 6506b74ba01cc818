package dev.lull.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApprovalsTest {
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final Plan PLAN = Plan.of(
            new PlanStep("stop the application", "application-admin", Duration.ofMinutes(10)),
            new PlanStep("patch the database", "database-admin", Duration.ofMinutes(40)),
            new PlanStep("start the application", "application-admin", Duration.ofMinutes(10)));
    private static final RoleOwners OWNERS = new RoleOwners(Map.of(
            "application-admin", Set.of("ana", "carl", "rita"),
            "database-admin", Set.of("bo", "carl", "rita"),
            "change-manager", Set.of("max", "rita")));

    private final Approvals fresh = Approvals.forChange("rita", PLAN, List.of());

    @Test
    void the_roles_owning_plan_steps_are_required_by_default_each_once() {
        assertThat(fresh.pendingRoles()).containsExactly("application-admin", "database-admin");
        assertThat(fresh.allIn()).isFalse();
    }

    @Test
    void an_explicit_list_of_roles_replaces_the_default() {
        Approvals explicit = Approvals.forChange("rita", PLAN, List.of("infrastructure-admin"));
        assertThat(explicit.pendingRoles()).containsExactly("infrastructure-admin");
    }

    @Test
    void no_required_role_means_all_approvals_are_in() {
        assertThat(Approvals.forChange("rita", Plan.of(), List.of()).allIn()).isTrue();
    }

    @Test
    void all_roles_approving_moves_the_change_to_authorize() {
        Approvals approvals = fresh
                .decide("ana", "application-admin", ApprovalDecision.APPROVE, "fine", AT, OWNERS);
        assertThat(approvals.allIn()).isFalse();
        assertThat(approvals.pendingRoles()).containsExactly("database-admin");
        approvals = approvals.decide("bo", "database-admin", ApprovalDecision.APPROVE, "ok", AT, OWNERS);
        assertThat(approvals.allIn()).isTrue();
        assertThat(approvals.pendingRoles()).isEmpty();
        TransitionFacts facts = new TransitionFacts(approvals.allIn(), false, true);
        assertThat(ChangeWorkflow.next(ChangeStatus.ASSESS, ChangeType.NORMAL, ChangeAction.APPROVE, facts))
                .isEqualTo(ChangeStatus.AUTHORIZE);
    }

    @Test
    void one_rejection_sends_the_change_back_to_new_with_its_reason_and_cancels_the_pending_approvals() {
        Approvals approvals = fresh
                .decide("bo", "database-admin", ApprovalDecision.REJECT, "no backout plan", AT, OWNERS);
        assertThat(approvals.rejection()).hasValueSatisfying(rejection -> {
            assertThat(rejection.decidedBy()).isEqualTo("bo");
            assertThat(rejection.comment()).isEqualTo("no backout plan");
        });
        assertThat(approvals.approvals()).extracting(Approval::role, Approval::state).containsExactly(
                tuple("application-admin", ApprovalState.CANCELLED),
                tuple("database-admin", ApprovalState.REJECTED));
        assertThat(approvals.pendingRoles()).isEmpty();
        assertThat(approvals.allIn()).isFalse();
        assertThat(ChangeWorkflow.next(ChangeStatus.ASSESS, ChangeType.NORMAL, ChangeAction.REJECT,
                new TransitionFacts(approvals.allIn(), false, true))).isEqualTo(ChangeStatus.NEW);
    }

    @Test
    void a_cancelled_approval_can_no_longer_be_given() {
        Approvals rejected = fresh.decide("bo", "database-admin", ApprovalDecision.REJECT, "no", AT, OWNERS);
        assertThat(rejected.canDecide("ana", "application-admin", OWNERS)).isFalse();
        assertThatThrownBy(
                () -> rejected.decide("ana", "application-admin", ApprovalDecision.APPROVE, "", AT, OWNERS))
                .isInstanceOf(NotApplicable.class).hasMessageContaining("already cancelled");
    }

    @Test
    void the_requester_never_approves_even_when_owning_the_role() {
        assertThat(fresh.canDecide("rita", "database-admin", OWNERS)).isFalse();
        assertThatThrownBy(() -> fresh.decide("rita", "database-admin", ApprovalDecision.APPROVE, "", AT, OWNERS))
                .isInstanceOfSatisfying(NotPermitted.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.REQUESTER_MAY_NOT_DECIDE))
                .hasMessage("rita requested this change and cannot approve it");
    }

    @Test
    void the_requester_never_authorizes_even_as_a_change_manager() {
        assertThatThrownBy(() -> fresh.checkCanAuthorize("rita", OWNERS))
                .isInstanceOfSatisfying(NotPermitted.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.REQUESTER_MAY_NOT_DECIDE));
    }

    @Test
    void only_an_owner_of_the_change_manager_role_authorizes() {
        fresh.checkCanAuthorize("max", OWNERS);
        assertThatThrownBy(() -> fresh.checkCanAuthorize("ana", OWNERS))
                .isInstanceOfSatisfying(NotPermitted.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.NOT_A_ROLE_OWNER))
                .hasMessageContaining("change-manager");
    }

    @Test
    void one_person_approves_for_one_role_per_change() {
        Approvals approvals = fresh
                .decide("carl", "application-admin", ApprovalDecision.APPROVE, "", AT, OWNERS);
        assertThat(approvals.canDecide("carl", "database-admin", OWNERS)).isFalse();
        assertThatThrownBy(
                () -> approvals.decide("carl", "database-admin", ApprovalDecision.APPROVE, "", AT, OWNERS))
                .isInstanceOfSatisfying(NotPermitted.class, refused -> assertThat(refused.reason())
                        .isEqualTo(RefusalReason.ALREADY_DECIDED_FOR_ANOTHER_ROLE))
                .hasMessageContaining("already decided for role application-admin");
        assertThat(approvals.decide("bo", "database-admin", ApprovalDecision.APPROVE, "", AT, OWNERS).allIn())
                .isTrue();
    }

    @Test
    void someone_who_does_not_own_the_role_is_refused() {
        assertThat(fresh.canDecide("ana", "database-admin", OWNERS)).isFalse();
        assertThatThrownBy(() -> fresh.decide("ana", "database-admin", ApprovalDecision.APPROVE, "", AT, OWNERS))
                .isInstanceOfSatisfying(NotPermitted.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.NOT_A_ROLE_OWNER))
                .hasMessage("ana does not own role database-admin and cannot decide for it");
    }

    @Test
    void a_role_is_decided_only_once_and_only_if_required() {
        Approvals approvals = fresh.decide("ana", "application-admin", ApprovalDecision.APPROVE, "", AT, OWNERS);
        assertThatThrownBy(
                () -> approvals.decide("ana", "application-admin", ApprovalDecision.APPROVE, "", AT, OWNERS))
                .isInstanceOf(NotApplicable.class).hasMessage("role application-admin was already approved by ana");
        RoleOwners withInfra = new RoleOwners(Map.of("infrastructure-admin", Set.of("ivo")));
        assertThatThrownBy(
                () -> fresh.decide("ivo", "infrastructure-admin", ApprovalDecision.APPROVE, "", AT, withInfra))
                .isInstanceOf(NotApplicable.class).hasMessageContaining("not required");
    }

    @Test
    void a_decision_leaves_the_earlier_round_unchanged() {
        fresh.decide("ana", "application-admin", ApprovalDecision.APPROVE, "", AT, OWNERS);
        assertThat(fresh.pendingRoles()).containsExactly("application-admin", "database-admin");
        assertThat(new Approvals("rita", fresh.approvals())).isEqualTo(fresh);
    }

    @Test
    void whoever_approved_for_a_role_may_not_also_authorize_the_change() {
        RoleOwners owners = new RoleOwners(Map.of("application-admin", Set.of("ana"), "database-admin",
                Set.of("bo", "carl"), "change-manager", Set.of("carl", "max")));
        Approvals approved = Approvals.forChange("rita", PLAN, List.of())
                .decide("ana", "application-admin", ApprovalDecision.APPROVE, "", AT, owners)
                .decide("carl", "database-admin", ApprovalDecision.APPROVE, "", AT, owners);
        assertThat(approved.mayAuthorize("carl", owners)).isFalse();
        assertThatThrownBy(() -> approved.checkCanAuthorize("carl", owners))
                .isInstanceOfSatisfying(NotPermitted.class,
                        refused -> assertThat(refused.reason()).isEqualTo(RefusalReason.APPROVER_MAY_NOT_AUTHORIZE))
                .hasMessageContaining("carl approved this change for role database-admin");
        assertThat(approved.mayAuthorize("max", owners)).isTrue();
    }
}
