package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import dev.lull.platform.ApiProblem;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProposalQueryTest {
    static final Instant NOW = Instant.parse("2026-11-28T10:07:13Z");
    static final Duration DAY = Duration.ofDays(1);

    @Test
    void defaults_start_after_the_minimum_notice_rounded_up_to_the_step_and_span_two_weeks() {
        ProposalQuery query = ProposalQuery.of(Duration.ofHours(2), null, null, Duration.ofMinutes(15), 5, NOW, DAY);
        assertThat(query.from()).isEqualTo("2026-11-29T10:15:00Z");
        assertThat(query.to()).isEqualTo("2026-12-13T10:15:00Z");
    }

    @Test
    void each_bound_is_named_when_broken() {
        assertThatThrownBy(
                () -> ProposalQuery.of(Duration.ofMinutes(10), null, null, Duration.ofMinutes(15), 5, NOW, DAY))
                .isInstanceOf(ApiProblem.class).hasMessageStartingWith("duration");
        assertThatThrownBy(() -> ProposalQuery.of(Duration.ofDays(2), null, null, Duration.ofMinutes(15), 5, NOW, DAY))
                .hasMessageStartingWith("duration");
        assertThatThrownBy(() -> ProposalQuery.of(Duration.ofHours(2), null, null, Duration.ofMinutes(7), 5, NOW, DAY))
                .hasMessageStartingWith("step");
        assertThatThrownBy(() -> ProposalQuery.of(Duration.ofHours(2), null, null, Duration.ofHours(2), 5, NOW, DAY))
                .hasMessageStartingWith("step");
        assertThatThrownBy(() -> ProposalQuery.of(Duration.ofHours(2), null, null, Duration.ofMinutes(15), 0, NOW, DAY))
                .hasMessageStartingWith("limit");
        assertThatThrownBy(
                () -> ProposalQuery.of(Duration.ofHours(2), NOW.minusSeconds(60), null, Duration.ofMinutes(15), 5,
                        NOW, DAY))
                .hasMessageStartingWith("from");
        assertThatThrownBy(() -> ProposalQuery.of(Duration.ofHours(2), NOW.plus(DAY), NOW.plus(DAY).plusSeconds(3600),
                Duration.ofMinutes(15), 5, NOW, DAY)).hasMessageStartingWith("to");
        assertThatThrownBy(() -> ProposalQuery.of(Duration.ofHours(2), NOW.plus(DAY), NOW.plus(Duration.ofDays(100)),
                Duration.ofMinutes(15), 5, NOW, DAY)).hasMessageContaining("92 days");
    }
}
