package dev.lull.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.change.ChangeStatus;
import dev.lull.platform.NoticeType;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecipientsTest {
    private static final Map<String, Set<String>> OWNERS = Map.of("dba", Set.of("dana", "rita"), "infra",
            Set.of("ivan"), "change-manager", Set.of("max", "rita"), "net", Set.of("nina"));

    private static ChangeParties parties(ChangeStatus status, Set<String> pending, Set<String> deciders) {
        return new ChangeParties(status, "rita", pending, deciders, Set.of("infra"), Set.of("tom"), Set.of("net"),
                OWNERS);
    }

    @Test
    void a_submitted_change_goes_to_the_owners_of_each_pending_role_but_not_the_requester() {
        assertThat(Recipients.of(NoticeType.CHANGE_SUBMITTED, parties(ChangeStatus.ASSESS, Set.of("dba", "infra"),
                Set.of()))).containsOnly(Map.entry("dana", Part.APPROVER_ASKED),
                        Map.entry("ivan", Part.APPROVER_ASKED));
    }

    @Test
    void a_change_awaiting_authorization_goes_to_the_change_managers() {
        assertThat(Recipients.of(NoticeType.CHANGE_APPROVED, parties(ChangeStatus.AUTHORIZE, Set.of(),
                Set.of("dana")))).containsExactly(Map.entry("max", Part.AUTHORIZER_ASKED));
        assertThat(Recipients.of(NoticeType.CHANGE_SUBMITTED, parties(ChangeStatus.SCHEDULED, Set.of(), Set.of())))
                .isEmpty();
    }

    @Test
    void a_scheduled_change_goes_to_requester_approvers_step_owners_and_owning_teams_once_each() {
        assertThat(Recipients.of(NoticeType.CHANGE_SCHEDULED, parties(ChangeStatus.SCHEDULED, Set.of(),
                Set.of("dana", "max")))).containsExactly(Map.entry("rita", Part.REQUESTER),
                        Map.entry("dana", Part.APPROVER), Map.entry("max", Part.APPROVER),
                        Map.entry("ivan", Part.STEP_OWNER), Map.entry("tom", Part.OWNING_TEAM),
                        Map.entry("nina", Part.OWNING_TEAM));
        assertThat(Recipients.of(NoticeType.CHANGE_AUTHORIZED, parties(ChangeStatus.SCHEDULED, Set.of(),
                Set.of()))).as("told by the scheduled notice of the same move").isEmpty();
    }

    @Test
    void a_reminder_goes_to_everyone_with_a_step() {
        assertThat(Recipients.of(NoticeType.CHANGE_WINDOW_REMINDER, parties(ChangeStatus.SCHEDULED, Set.of(),
                Set.of("dana")))).containsExactly(Map.entry("ivan", Part.STEP_OWNER));
    }

    @Test
    void later_moves_go_to_the_requester_and_those_involved_and_other_notices_to_nobody() {
        for (NoticeType type : Set.of(NoticeType.CHANGE_REJECTED, NoticeType.CHANGE_RESCHEDULED,
                NoticeType.CHANGE_CANCELED, NoticeType.CHANGE_STARTED, NoticeType.CHANGE_COMPLETED,
                NoticeType.CHANGE_CLOSED)) {
            assertThat(Recipients.of(type, parties(ChangeStatus.NEW, Set.of(), Set.of("dana"))).keySet())
                    .as(type.id()).containsExactly("rita", "dana", "ivan", "tom", "nina");
        }
        assertThat(Recipients.of(NoticeType.LOAD_RECOVERED, parties(ChangeStatus.NEW, Set.of(), Set.of())))
                .isEmpty();
        assertThat(Recipients.of(NoticeType.CHANGE_APPROVAL_REQUESTED, parties(ChangeStatus.ASSESS,
                Set.of("dba"), Set.of()))).as("one message per person comes with the submitted notice").isEmpty();
    }
}
