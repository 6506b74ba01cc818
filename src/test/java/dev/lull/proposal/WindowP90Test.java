package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(ReplaceUnderscores.class)
class WindowP90Test {
    static final Instant MONDAY = ProposalEngineTest.MONDAY;
    static final int WEEKS = 12;
    /** Sunday 03:00–05:00 in Paris, the only window of the request. */
    static final Instant SUNDAY_3AM = Instant.parse("2025-06-08T01:00:00Z");
    final ProposalEngine engine = new ProposalEngine();

    @Test
    void hours_that_spike_in_different_weeks_add_up_to_a_lower_p90_than_their_hourly_p90s() {
        LoadSeries history = Synthetic.weeksBefore(MONDAY, WEEKS, ProposalEngineTest.PARIS, local -> {
            int age = Forecaster.age(local.toInstant(), MONDAY);
            boolean sunday = local.getDayOfWeek().getValue() == 7;
            int hour = local.getHour();
            if (sunday && (hour == 3 || hour == 4)) {
                return 50 + (hour - 3 == age % 2 ? spike(age) : 0);
            }
            return Synthetic.officeLoad(local);
        });
        double[] totals = new double[WEEKS];
        Arrays.setAll(totals, age -> 100 + spike(age));

        Candidate window = onlyWindow(history);

        double hourlyP90s = sumOfHourlyP90s(history);
        assertThat(weightedP90(totals)).isEqualTo(1200);
        assertThat(window.p90Messages()).isCloseTo(weightedP90(totals), within(1e-6));
        assertThat(hourlyP90s).isCloseTo(2200, within(1e-6));
        assertThat(window.p90Messages()).isGreaterThanOrEqualTo(window.expectedMessages());
        assertThat(window.confidence())
                .isEqualTo(
                        Confidence.of(WEEKS, RiskCalibration.NONE, Duration.ofHours(2), window.expectedMessages(),
                                window.p90Messages()));
    }

    @Test
    void when_every_hour_moves_with_its_week_the_window_p90_is_the_sum_of_hourly_p90s() {
        LoadSeries history = Synthetic.weeksBefore(MONDAY, WEEKS, ProposalEngineTest.PARIS,
                local -> Synthetic.officeLoad(local) * (1 + spike(Forecaster.age(local.toInstant(), MONDAY)) / 1000));
        double[] totals = new double[WEEKS];
        Arrays.setAll(totals, age -> 100 * (1 + spike(age) / 1000));

        Candidate window = onlyWindow(history);

        double factor = engine.fit(history, MONDAY).calibration().factor(Duration.ofHours(2));
        assertThat(factor).isGreaterThan(1);
        assertThat(window.p90Messages()).isCloseTo(factor * sumOfHourlyP90s(history), within(1e-6));
        assertThat(window.p90Messages()).isCloseTo(factor * weightedP90(totals), within(1e-6));
        assertThat(window.p90Messages()).isGreaterThanOrEqualTo(window.expectedMessages());
    }

    @Test
    void the_p90_is_inflated_by_what_the_hosts_own_past_choices_exceeded_their_p90_by() {
        LoadSeries history = Synthetic.weeksBefore(MONDAY, WEEKS, ProposalEngineTest.PARIS,
                local -> Synthetic.officeLoad(local) * (1 + spike(Forecaster.age(local.toInstant(), MONDAY)) / 1000));
        Fitted fitted = engine.fit(history, MONDAY);
        RiskCalibration calibration = fitted.calibration();

        Candidate window = onlyWindow(history);

        assertThat(calibration.replays(Duration.ofHours(2))).as("the oldest replay has one past week")
                .isEqualTo(WEEKS - 2);
        assertThat(calibration.factor(Duration.ofHours(2))).isGreaterThan(1);
        assertThat(calibration.factor(Duration.ofMinutes(90))).isEqualTo(calibration.factor(Duration.ofHours(2)));
        assertThat(window.p90Messages()).isGreaterThan(weightedP90(totalsOfSpikes()));
    }

    @Test
    void a_steady_host_keeps_its_p90_and_earns_high_confidence_once_nine_past_weeks_are_replayed() {
        LoadSeries history = Synthetic.weeksBefore(MONDAY, WEEKS, ProposalEngineTest.PARIS, Synthetic::officeLoad);
        RiskCalibration calibration = engine.fit(history, MONDAY).calibration();

        Candidate window = onlyWindow(history);

        assertThat(calibration.factor(Duration.ofHours(2))).isCloseTo(1.0, within(1e-9));
        assertThat(window.p90Messages()).isCloseTo(window.expectedMessages(), within(1e-6));
        assertThat(window.confidence()).isEqualTo(Confidence.HIGH);
    }

    private static double[] totalsOfSpikes() {
        double[] totals = new double[WEEKS];
        Arrays.setAll(totals, age -> 100 * (1 + spike(age) / 1000));
        return totals;
    }

    @Test
    void a_partial_hour_counts_its_share_of_each_past_week() {
        ToDoubleFunction<ZonedDateTime> load = local -> local.getDayOfWeek().getValue() == 7 && local.getHour() == 3
                ? 60 * (1 + Forecaster.age(local.toInstant(), MONDAY))
                : Synthetic.officeLoad(local);
        LoadSeries history = Synthetic.weeksBefore(MONDAY, WEEKS, ProposalEngineTest.PARIS, load);
        Instant start = SUNDAY_3AM.plus(Duration.ofMinutes(30));
        ProposalRequest request = new ProposalRequest(start, start.plus(Duration.ofMinutes(45)),
                Duration.ofMinutes(45), Duration.ofMinutes(15), 1);
        double[] totals = new double[WEEKS];
        Arrays.setAll(totals, age -> 60 * (1 + age) / 2.0 + 50 / 4.0);

        Candidate window = engine.propose(history, request, List.of()).candidates().get(0);

        assertThat(window.p90Messages()).isCloseTo(weightedP90(totals), within(1e-6));
    }

    /** A different spike, 100 to 1,200 messages, in each week of age 0 to 11. */
    static double spike(int age) {
        return 100 * ((age * 5) % 12 + 1);
    }

    private Candidate onlyWindow(LoadSeries history) {
        ProposalRequest request = new ProposalRequest(SUNDAY_3AM, SUNDAY_3AM.plus(Duration.ofHours(2)),
                Duration.ofHours(2), Duration.ofHours(1), 1);
        List<Candidate> candidates = engine.propose(history, request, List.of()).candidates();
        assertThat(candidates).hasSize(1);
        assertThat(candidates.get(0).reason()).startsWith("Sun 03:00–05:00 Europe/Paris");
        return candidates.get(0);
    }

    /** What the engine reported before: its hourly p90s over the window, added up. */
    private double sumOfHourlyP90s(LoadSeries history) {
        LoadForecast forecast = engine.fit(history, MONDAY).forecast();
        return forecast.p90Rate(SUNDAY_3AM) + forecast.p90Rate(SUNDAY_3AM.plus(Duration.ofHours(1)));
    }

    /** The smallest total whose cumulative weight, totals ascending, reaches 90 % of all; week weights halve in 10. */
    static double weightedP90(double[] totals) {
        Integer[] ages = new Integer[totals.length];
        Arrays.setAll(ages, age -> age);
        Arrays.sort(ages, Comparator.comparingDouble(age -> totals[age]));
        double all = 0;
        for (int age = 0; age < totals.length; age++) {
            all += Math.pow(0.5, age / 10.0);
        }
        double cumulative = 0;
        for (int age : ages) {
            cumulative += Math.pow(0.5, age / 10.0);
            if (cumulative >= 0.9 * all) {
                return totals[age];
            }
        }
        return totals[ages[ages.length - 1]];
    }
}
