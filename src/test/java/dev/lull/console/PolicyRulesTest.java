package dev.lull.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.change.ChangeType;
import dev.lull.change.PolicyBody;
import dev.lull.change.PolicyView;
import dev.lull.change.Risk;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.FieldError;

/** The host page's policy boxes: rows to the API's rules and the API's rules[k] messages back to their rows. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PolicyRulesTest {

    @Test
    void rows_with_something_ticked_become_normal_rules_in_order_and_empty_ones_are_left_out() {
        PolicyRules typed = PolicyRules.typed(3, List.of("2:HIGH", "2:LOW"), List.of("0:dba", "2:net", "2:dba"));
        PolicyBody body = typed.body();
        assertThat(body.rules()).containsExactly(
                new PolicyBody.Rule(ChangeType.NORMAL, List.of(), List.of("dba")),
                new PolicyBody.Rule(ChangeType.NORMAL, List.of(Risk.HIGH, Risk.LOW), List.of("net", "dba")));
    }

    @Test
    void the_apis_message_about_rule_k_comes_back_next_to_the_row_that_became_rule_k() {
        PolicyRules typed = PolicyRules.typed(3, List.of("2:HIGH"), List.of("0:dba"));
        PolicyRules refused = typed.refused(ApiProblem.invalid(List.of(
                new FieldError("rules[1].roles", "must not be empty"), new FieldError("rules", "size too big"))));
        assertThat(refused.rows()).extracting(PolicyRules.Row::error)
                .containsExactly("", "", "roles: must not be empty");
        assertThat(refused.error()).isEqualTo("size too big");
        assertThat(refused.rows().get(2).has("HIGH")).isTrue();
    }

    @Test
    void a_box_naming_no_row_and_an_unknown_risk_are_refused_as_field_errors() {
        assertThatThrownBy(() -> PolicyRules.typed(1, List.of(), List.of("5:dba", "x:net")).body())
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.errors())
                        .containsExactly(
                                new FieldError("rules", "these boxes name no rule of the form: 5:dba, x:net")));
        assertThatThrownBy(() -> PolicyRules.typed(1, List.of("0:HUGE"), List.of("0:dba")).body())
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.errors()).containsExactly(
                        new FieldError("rules[0].risks", "\"HUGE\" is not one of LOW, MEDIUM, HIGH")));
    }

    @Test
    void a_stored_policy_shows_one_row_per_rule_and_an_empty_one_to_add_a_rule() {
        PolicyView stored = new PolicyView("HOST", "mbox-01", List.of(
                new PolicyBody.Rule(ChangeType.NORMAL, List.of(Risk.HIGH), List.of("dba"))), "manager", Instant.EPOCH);
        PolicyRules shown = PolicyRules.of(stored);
        assertThat(shown.rows()).hasSize(2);
        assertThat(shown.rows().get(0).has("HIGH")).isTrue();
        assertThat(shown.rows().get(0).names("dba")).isTrue();
        assertThat(shown.rows().get(1).blank()).isTrue();
        assertThat(PolicyRules.of(null).rows()).hasSize(1);
        assertThat(PolicyRules.typed(1_000_000, List.of(), List.of()).rows()).hasSize(PolicyRules.MAX_ROWS);
    }
}
