package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.Interval;

@DisplayNameGeneration(ReplaceUnderscores.class)
class FallbackTest {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final Instant FROM = Instant.parse("2025-06-02T00:00:00Z");

    @Test
    void under_a_week_of_history_gives_low_confidence_windows_in_the_quiet_hours() {
        LoadSeries history = Synthetic.hoursBefore(FROM, 72, TOKYO, Synthetic::officeLoad);
        Interval blackout = new Interval(Instant.parse("2025-06-02T17:00:00Z"), Instant.parse("2025-06-02T20:00:00Z"));

        Proposal proposal = new ProposalEngine().propose(history,
                new ProposalRequest(FROM, FROM.plus(Duration.ofDays(3)), Duration.ofHours(2), Duration.ofHours(1), 2),
                List.of(blackout));

        assertThat(proposal.basis()).isEqualTo(new Basis(0, 72, ProposalEngine.FALLBACK_MODEL));
        assertThat(proposal.candidates()).hasSize(2).allSatisfy(candidate -> {
            assertThat(candidate.confidence()).isEqualTo(Confidence.LOW);
            assertThat(candidate.localStart().getHour()).isBetween(2, 3);
            assertThat(ProposalEngineTest.interval(candidate).overlaps(blackout)).isFalse();
            assertThat(candidate.reason()).contains("quiet-hours fallback 02:00–05:00 local, only 3 days of history");
        });
        assertThat(proposal.candidates().get(0).start()).isEqualTo(Instant.parse("2025-06-03T17:00:00Z"));
    }

    @Test
    void without_any_history_there_is_no_estimate_but_still_candidates() {
        LoadSeries empty = LoadSeries.hourly(TOKYO, FROM);
        QuietHours overnight = new QuietHours(LocalTime.of(23, 0), LocalTime.of(1, 0));

        Proposal proposal = new ProposalEngine(overnight).propose(empty,
                new ProposalRequest(FROM, FROM.plus(Duration.ofDays(2)), Duration.ofHours(2), Duration.ofHours(1), 1),
                List.of());

        Candidate only = proposal.candidates().get(0);
        assertThat(only.expectedMessages()).isNull();
        assertThat(only.localStart().toLocalTime()).isEqualTo(LocalTime.of(23, 0));
    }
}
