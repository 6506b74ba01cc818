package dev.lull.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeWorkflowTest {
    /** Approvals still pending, inside the window, steps remaining: the facts of an ordinary change. */
    private static final TransitionFacts ORDINARY = new TransitionFacts(false, true, true);

    /** The lifecycle as the issue tells it, written out apart from the table it checks; "*" is any type. */
    private static final String EXPECTED = """
            *         NEW        EDIT                  NEW
            NORMAL    NEW        SUBMIT                ASSESS
            STANDARD  NEW        SUBMIT                SCHEDULED
            EMERGENCY NEW        SUBMIT                AUTHORIZE
            *         NEW        CANCEL                CANCELED
            *         ASSESS     APPROVE               ASSESS
            *         ASSESS     REJECT                NEW
            *         ASSESS     CANCEL                CANCELED
            *         AUTHORIZE  AUTHORIZE             SCHEDULED
            *         AUTHORIZE  REJECT_AUTHORIZATION  NEW
            *         AUTHORIZE  CANCEL                CANCELED
            *         SCHEDULED  START                 IMPLEMENT
            NORMAL    SCHEDULED  RESCHEDULE            AUTHORIZE
            STANDARD  SCHEDULED  RESCHEDULE            SCHEDULED
            EMERGENCY SCHEDULED  RESCHEDULE            AUTHORIZE
            *         SCHEDULED  CANCEL                CANCELED
            *         IMPLEMENT  COMPLETE_STEP         IMPLEMENT
            *         IMPLEMENT  COMPLETE              REVIEW
            *         IMPLEMENT  CANCEL                CANCELED
            *         REVIEW     CLOSE                 CLOSED
            """;

    static Stream<Arguments> every_type_status_and_action() {
        Map<String, ChangeStatus> expected = expected();
        return Arrays.stream(ChangeType.values()).flatMap(type -> Arrays.stream(ChangeStatus.values())
                .flatMap(status -> Arrays.stream(ChangeAction.values()).map(action -> Arguments.of(type, status,
                        action, expected.get(key(type, status, action))))));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("every_type_status_and_action")
    void every_pair_either_leads_to_the_expected_status_or_is_refused_with_the_allowed_actions(ChangeType type,
            ChangeStatus status, ChangeAction action, ChangeStatus expected) {
        if (expected != null) {
            assertThat(ChangeWorkflow.next(status, type, action, ORDINARY)).isEqualTo(expected);
            assertThat(ChangeWorkflow.allowedActions(status, type, ORDINARY)).contains(action);
        } else {
            assertThatThrownBy(() -> ChangeWorkflow.next(status, type, action, ORDINARY))
                    .isInstanceOfSatisfying(IllegalTransition.class, refused -> {
                        assertThat(refused.changeStatus()).isEqualTo(status);
                        assertThat(refused.action()).isEqualTo(action);
                        assertThat(refused.allowed()).isEqualTo(ChangeWorkflow.allowedActions(status, type, ORDINARY))
                                .doesNotContain(action);
                        assertThat(refused.getMessage()).contains(status.name(), action.name());
                    });
            assertThat(ChangeWorkflow.isAllowed(status, type, action, ORDINARY)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(ChangeType.class)
    void nothing_is_allowed_once_closed_or_canceled_and_review_only_closes(ChangeType type) {
        assertThat(ChangeWorkflow.allowedActions(ChangeStatus.CLOSED, type, ORDINARY)).isEmpty();
        assertThat(ChangeWorkflow.allowedActions(ChangeStatus.CANCELED, type, ORDINARY)).isEmpty();
        assertThat(ChangeWorkflow.allowedActions(ChangeStatus.REVIEW, type, ORDINARY))
                .containsExactly(ChangeAction.CLOSE);
    }

    @Test
    void the_last_approval_moves_the_change_on_to_authorize() {
        TransitionFacts allIn = new TransitionFacts(true, true, true);
        assertThat(ChangeWorkflow.next(ChangeStatus.ASSESS, ChangeType.NORMAL, ChangeAction.APPROVE, allIn))
                .isEqualTo(ChangeStatus.AUTHORIZE);
    }

    @Test
    void a_normal_change_needing_no_approvals_skips_assessment() {
        TransitionFacts noneRequired = new TransitionFacts(true, false, true);
        assertThat(ChangeWorkflow.next(ChangeStatus.NEW, ChangeType.NORMAL, ChangeAction.SUBMIT, noneRequired))
                .isEqualTo(ChangeStatus.AUTHORIZE);
    }

    @ParameterizedTest
    @EnumSource(value = ChangeType.class, names = {"NORMAL", "STANDARD"})
    void a_planned_change_starts_only_inside_its_window(ChangeType type) {
        TransitionFacts outside = new TransitionFacts(true, false, true);
        assertThat(ChangeWorkflow.allowedActions(ChangeStatus.SCHEDULED, type, outside))
                .doesNotContain(ChangeAction.START);
        assertThatThrownBy(() -> ChangeWorkflow.next(ChangeStatus.SCHEDULED, type, ChangeAction.START, outside))
                .isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("only inside its window")
                .hasMessageContaining("allowed now: [RESCHEDULE, CANCEL]");
    }

    @Test
    void an_emergency_change_starts_outside_its_window() {
        TransitionFacts outside = new TransitionFacts(true, false, true);
        assertThat(ChangeWorkflow.next(ChangeStatus.SCHEDULED, ChangeType.EMERGENCY, ChangeAction.START, outside))
                .isEqualTo(ChangeStatus.IMPLEMENT);
    }

    @Test
    void no_step_can_be_completed_once_all_are_done_but_the_change_can_complete() {
        TransitionFacts allDone = new TransitionFacts(true, true, false);
        assertThat(ChangeWorkflow.allowedActions(ChangeStatus.IMPLEMENT, ChangeType.NORMAL, allDone))
                .containsExactly(ChangeAction.COMPLETE, ChangeAction.CANCEL);
    }

    private static Map<String, ChangeStatus> expected() {
        Map<String, ChangeStatus> expected = new HashMap<>();
        EXPECTED.lines().map(line -> line.trim().split("\\s+")).forEach(row -> {
            Stream<ChangeType> types = row[0].equals("*")
                    ? Arrays.stream(ChangeType.values())
                    : Stream.of(ChangeType.valueOf(row[0]));
            types.forEach(type -> expected.put(
                    key(type, ChangeStatus.valueOf(row[1]), ChangeAction.valueOf(row[2])),
                    ChangeStatus.valueOf(row[3])));
        });
        return expected;
    }

    private static String key(ChangeType type, ChangeStatus status, ChangeAction action) {
        return type + " " + status + " " + action;
    }
}
