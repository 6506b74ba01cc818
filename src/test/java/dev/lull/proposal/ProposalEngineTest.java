package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

import dev.lull.schedule.Interval;

@DisplayNameGeneration(ReplaceUnderscores.class)
class ProposalEngineTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant MONDAY = Instant.parse("2025-06-02T00:00:00Z");
    final ProposalEngine engine = new ProposalEngine();

    static ProposalRequest week(Instant from, Duration duration, Duration step, int limit) {
        return new ProposalRequest(from, from.plus(Duration.ofDays(7)), duration, step, limit);
    }

    @Test
    void the_best_window_is_the_weekly_trough_in_local_time() {
        LoadSeries history = Synthetic.weeksBefore(MONDAY, 4, PARIS, Synthetic::officeLoad);

        Proposal proposal = engine.propose(history, week(MONDAY, Duration.ofHours(2), Duration.ofMinutes(15), 3),
                List.of());

        Candidate best = proposal.candidates().get(0);
        assertThat(best.localStart().toString()).isEqualTo("2025-06-08T03:00+02:00");
        assertThat(best.localEnd().toString()).isEqualTo("2025-06-08T05:00+02:00");
        assertThat(best.reason()).isEqualTo("Sun 03:00–05:00 Europe/Paris: median 5.0% of peak over the last 4 weeks");
        assertThat(best.expectedMessages()).isCloseTo(100.0, within(1e-6));
        assertThat(best.confidence()).as("three past weeks replayed: too few for HIGH").isEqualTo(Confidence.MEDIUM);
        assertThat(proposal.basis()).isEqualTo(new Basis(4, 4 * 168, Forecaster.WEEKLY_MODEL));
    }

    @Test
    void candidates_are_best_first_and_never_overlap() {
        LoadSeries history = Synthetic.weeksBefore(MONDAY, 3, PARIS, Synthetic::officeLoad);

        List<Candidate> candidates = engine
                .propose(history, week(MONDAY, Duration.ofHours(2), Duration.ofMinutes(15), 5), List.of())
                .candidates();

        assertThat(candidates).hasSize(5);
        for (int i = 1; i < candidates.size(); i++) {
            assertThat(candidates.get(i).expectedMessages())
                    .isGreaterThanOrEqualTo(candidates.get(i - 1).expectedMessages() - 1e-6);
        }
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                assertThat(interval(candidates.get(i)).overlaps(interval(candidates.get(j)))).isFalse();
            }
        }
        assertThat(candidates.get(1).reason()).startsWith("Sat 03:00–05:00 Europe/Paris");
    }

    @Test
    void busy_intervals_are_never_overlapped() {
        LoadSeries history = Synthetic.weeksBefore(MONDAY, 3, PARIS, Synthetic::officeLoad);
        Interval blackout = new Interval(Instant.parse("2025-06-08T00:00:00Z"), Instant.parse("2025-06-09T00:00:00Z"));
        Interval otherChange = new Interval(Instant.parse("2025-06-02T01:30:00Z"),
                Instant.parse("2025-06-02T02:30:00Z"));

        List<Candidate> candidates = engine.propose(history,
                week(MONDAY, Duration.ofHours(2), Duration.ofMinutes(15), 7), List.of(blackout, otherChange))
                .candidates();

        assertThat(candidates).allSatisfy(candidate -> {
            assertThat(interval(candidate).overlaps(blackout)).isFalse();
            assertThat(interval(candidate).overlaps(otherChange)).isFalse();
        });
        assertThat(candidates.get(0).start()).isEqualTo(Instant.parse("2025-06-07T01:00:00Z"));
    }

    @Test
    void starts_are_aligned_to_the_step_and_never_before_from() {
        LoadSeries history = Synthetic.weeksBefore(MONDAY, 2, PARIS, Synthetic::officeLoad);
        Instant from = MONDAY.plusSeconds(7 * 60 + 13);

        List<Candidate> candidates = engine
                .propose(history, week(from, Duration.ofMinutes(45), Duration.ofMinutes(10), 20), List.of())
                .candidates();

        assertThat(candidates).allSatisfy(candidate -> {
            assertThat(candidate.start()).isAfterOrEqualTo(from);
            assertThat(candidate.start().getEpochSecond() % 600).isZero();
            assertThat(candidate.end()).isEqualTo(candidate.start().plus(Duration.ofMinutes(45)));
        });
    }

    @Test
    void one_burst_week_does_not_move_the_window() {
        LoadSeries history = Synthetic.weeksBefore(MONDAY, 5, PARIS, local -> {
            boolean lastWeek = local.toInstant().isAfter(MONDAY.minus(Duration.ofDays(7)));
            return lastWeek && local.getHour() >= 3 && local.getHour() < 5 ? 5000 : Synthetic.officeLoad(local);
        });

        Candidate best = engine.propose(history, week(MONDAY, Duration.ofHours(2), Duration.ofHours(1), 1), List.of())
                .candidates().get(0);

        assertThat(best.reason()).startsWith("Sun 03:00–05:00 Europe/Paris");
    }

    @Test
    void gaps_in_history_are_tolerated_and_not_counted() {
        LoadSeries history = Synthetic.weeksBefore(MONDAY, 3, PARIS,
                local -> local.getDayOfWeek().getValue() == 3 ? Double.NaN : Synthetic.officeLoad(local));

        Proposal proposal = engine.propose(history, week(MONDAY, Duration.ofHours(2), Duration.ofHours(1), 1),
                List.of());

        assertThat(proposal.basis().hoursWithLoad()).isEqualTo(3 * 144);
        assertThat(proposal.candidates().get(0).reason()).startsWith("Sun 03:00–05:00");
    }

    @Test
    void a_series_without_daily_cycle_gets_the_earliest_free_window() {
        LoadSeries history = Synthetic.weeksBefore(MONDAY, 2, PARIS, local -> 50 + (local.getHour() % 2) * 0.5);

        Proposal proposal = engine.propose(history, week(MONDAY, Duration.ofHours(2), Duration.ofHours(1), 1),
                List.of(new Interval(MONDAY, MONDAY.plus(Duration.ofHours(3)))));

        assertThat(proposal.basis().model()).isEqualTo(Forecaster.FLAT_MODEL);
        assertThat(proposal.candidates().get(0).start()).isEqualTo(MONDAY.plus(Duration.ofHours(3)));
    }

    @Test
    void p90_is_at_least_the_expectation_and_noisy_history_lowers_confidence() {
        LoadSeries history = Synthetic.weeksBefore(MONDAY, 4, PARIS,
                local -> Synthetic.officeLoad(local) * (local.getDayOfYear() % 2 == 0 ? 0.2 : 3));

        Candidate best = engine.propose(history, week(MONDAY, Duration.ofHours(2), Duration.ofHours(1), 1), List.of())
                .candidates().get(0);

        assertThat(best.p90Messages()).isGreaterThanOrEqualTo(best.expectedMessages());
        assertThat(best.confidence()).isNotEqualTo(Confidence.HIGH);
    }

    @Test
    void five_minute_samples_refine_windows_inside_the_hour() {
        LoadSeries hourly = Synthetic.weeksBefore(MONDAY, 2, PARIS, Synthetic::officeLoad);
        double[] fine = new double[hourly.hours() * 12];
        for (int i = 0; i < fine.length; i++) {
            double hour = hourly.messagesInHour(i / 12);
            fine[i] = i % 12 < 6 ? hour / 12 * 1.5 : hour / 12 * 0.5;
        }
        LoadSeries history = hourly.withFiveMinuteSamples(fine);

        Candidate best = engine
                .propose(history, week(MONDAY, Duration.ofMinutes(30), Duration.ofMinutes(5), 1), List.of())
                .candidates().get(0);

        assertThat(best.start().atZone(PARIS).getMinute()).isEqualTo(30);
    }

    @Test
    void requests_outside_the_documented_bounds_are_refused() {
        assertThatThrownBy(() -> week(MONDAY, Duration.ofMinutes(10), Duration.ofMinutes(5), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duration");
        assertThatThrownBy(() -> week(MONDAY, Duration.ofHours(2), Duration.ofHours(2), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step");
        assertThatThrownBy(() -> week(MONDAY, Duration.ofHours(2), Duration.ofHours(1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    }

    static Interval interval(Candidate candidate) {
        return new Interval(candidate.start(), candidate.end());
    }

    static double nightly(ZonedDateTime local, int quietFrom, int quietTo) {
        return local.getHour() >= quietFrom && local.getHour() < quietTo ? 10 : 500;
    }
}
