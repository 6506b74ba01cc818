package dev.lull.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.platform.ApiProblem;
import dev.lull.schedule.BlackoutCalendar;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BlackoutRepeatTest {

    @Test
    void every_preset_is_a_rule_the_api_accepts_and_reads_back_as_itself() {
        for (BlackoutRepeat repeat : BlackoutRepeat.values()) {
            if (repeat == BlackoutRepeat.ONCE || repeat == BlackoutRepeat.CUSTOM) {
                continue;
            }
            String rule = BlackoutRepeat.rule(repeat.name(), "ignored");
            assertThat(BlackoutCalendar.problem(rule)).as(rule).isEmpty();
            assertThat(BlackoutRepeat.of(rule)).isEqualTo(repeat);
        }
    }

    @Test
    void once_has_no_rule_and_a_custom_rule_is_passed_on_as_written() {
        assertThat(BlackoutRepeat.rule("", null)).isNull();
        assertThat(BlackoutRepeat.rule("ONCE", "FREQ=DAILY")).isNull();
        assertThat(BlackoutRepeat.of(null)).isEqualTo(BlackoutRepeat.ONCE);
        assertThat(BlackoutRepeat.rule("custom", " FREQ=WEEKLY;BYDAY=FR ")).isEqualTo("FREQ=WEEKLY;BYDAY=FR");
        assertThat(BlackoutRepeat.of("FREQ=WEEKLY;BYDAY=FR")).isEqualTo(BlackoutRepeat.CUSTOM);
    }

    @Test
    void an_empty_custom_rule_or_an_unknown_choice_is_refused_on_the_recurrence_field() {
        assertThatThrownBy(() -> BlackoutRepeat.rule("CUSTOM", " ")).isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).errors()).extracting(f -> f.field())
                        .containsExactly("recurrence"));
        assertThatThrownBy(() -> BlackoutRepeat.rule("FORTNIGHTLY", null)).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("recurrence: unknown repeat choice")
                .satisfies(e -> assertThat(((ApiProblem) e).errors().get(0)
                        .message()).contains("unknown repeat choice 'FORTNIGHTLY'"));
    }
}
