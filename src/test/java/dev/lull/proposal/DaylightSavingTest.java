package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(ReplaceUnderscores.class)
class DaylightSavingTest {
    final ProposalEngine engine = new ProposalEngine();

    @Test
    void in_paris_a_two_hour_window_across_spring_forward_lasts_two_real_hours() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant from = Instant.parse("2025-03-29T12:00:00Z");
        LoadSeries history = Synthetic.weeksBefore(from, 4, paris,
                local -> local.getDayOfWeek().getValue() == 7 ? ProposalEngineTest.nightly(local, 1, 5) : 800);

        Candidate best = engine.propose(history, new ProposalRequest(from, from.plus(Duration.ofDays(2)),
                Duration.ofHours(2), Duration.ofHours(1), 1), List.of()).candidates().get(0);

        assertThat(best.start()).isEqualTo(Instant.parse("2025-03-30T00:00:00Z"));
        assertThat(best.end()).isEqualTo(Instant.parse("2025-03-30T02:00:00Z"));
        assertThat(best.localStart().toString()).isEqualTo("2025-03-30T01:00+01:00");
        assertThat(best.localEnd().toString()).isEqualTo("2025-03-30T04:00+02:00");
        assertThat(best.reason()).startsWith("Sun 01:00–04:00 Europe/Paris");
    }

    @Test
    void in_new_york_a_two_hour_window_across_fall_back_lasts_two_real_hours() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant from = Instant.parse("2025-11-01T12:00:00Z");
        LoadSeries history = Synthetic.weeksBefore(from, 4, newYork,
                local -> local.getDayOfWeek().getValue() == 7 ? ProposalEngineTest.nightly(local, 1, 2) : 800);

        Candidate best = engine.propose(history, new ProposalRequest(from, from.plus(Duration.ofDays(2)),
                Duration.ofHours(2), Duration.ofHours(1), 1), List.of()).candidates().get(0);

        assertThat(best.start()).isEqualTo(Instant.parse("2025-11-02T05:00:00Z"));
        assertThat(Duration.between(best.start(), best.end())).isEqualTo(Duration.ofHours(2));
        assertThat(best.localStart().toString()).isEqualTo("2025-11-02T01:00-04:00");
        assertThat(best.localEnd().toString()).isEqualTo("2025-11-02T02:00-05:00");
        assertThat(best.reason()).startsWith("Sun 01:00–02:00 America/New_York");
    }

    @Test
    void history_across_a_clock_change_keeps_the_local_hour_of_the_trough() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant from = Instant.parse("2025-04-07T00:00:00Z");
        LoadSeries history = Synthetic.weeksBefore(from, 4, paris, Synthetic::officeLoad);

        Candidate best = engine.propose(history, new ProposalRequest(from, from.plus(Duration.ofDays(7)),
                Duration.ofHours(2), Duration.ofHours(1), 1), List.of()).candidates().get(0);

        assertThat(best.localStart().toString()).isEqualTo("2025-04-13T03:00+02:00");
    }
}
