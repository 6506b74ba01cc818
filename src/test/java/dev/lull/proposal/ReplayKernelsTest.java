package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(ReplaceUnderscores.class)
class ReplayKernelsTest {
    static final Instant END = ProposalEngineTest.MONDAY;

    /** Office load times noise, with a few gaps, over {@code weeks} weeks across the spring DST change. */
    static LoadSeries noisy(int weeks, long seed) {
        Random random = new Random(seed);
        return Synthetic.weeksBefore(END, weeks, ProposalEngineTest.PARIS,
                local -> random.nextInt(40) == 0
                        ? Double.NaN
                        : Math.round(Synthetic.officeLoad(local) * (0.5 + random.nextDouble())));
    }

    @Test
    void each_replay_gives_the_expected_loads_of_a_fit_made_that_many_weeks_earlier() {
        for (int weeks : new int[]{3, 14, 30, 40}) {
            LoadSeries history = noisy(weeks, weeks);
            ReplayKernels kernels = ReplayKernels.of(history, RiskCalibration.WEEKS);
            for (int back = 1; back <= RiskCalibration.WEEKS; back++) {
                Instant origin = END.minus(Duration.ofDays(7L * back));
                LoadForecast direct = Forecaster.replay(history, origin, WithinHourShape.UNIFORM);
                assertThat(kernels.hasWeek(back)).as("%d weeks, %d back", weeks, back).isEqualTo(direct != null);
                if (direct == null) {
                    continue;
                }
                LoadForecast replay = kernels.replay(back, WithinHourShape.UNIFORM);
                assertThat(replay.weeks()).isEqualTo(direct.weeks());
                assertThat(replay.samples()).isEqualTo(direct.samples());
                for (int hour = 0; hour < HourOfWeek.COUNT; hour++) {
                    assertThat(replay.expectedAt(hour)).as("%d weeks, %d back, hour %d", weeks, back, hour)
                            .isEqualTo(direct.expectedAt(hour));
                }
            }
        }
    }

    @Test
    void a_fit_reading_the_kernels_gives_the_same_forecast_as_one_that_sorts_its_own() {
        for (int weeks : new int[]{2, 3, 14, 30, 40}) {
            LoadSeries history = noisy(weeks, 100 + weeks);
            LoadForecast own = Forecaster.fit(history, END);
            LoadForecast read = Forecaster.fit(history, END, ReplayKernels.of(history, RiskCalibration.WEEKS));
            assertThat(read.model()).isEqualTo(own.model());
            assertThat(read.weeks()).isEqualTo(own.weeks());
            for (int hour = 0; hour < HourOfWeek.COUNT; hour++) {
                assertThat(read.expectedAt(hour)).as("%d weeks, hour %d", weeks, hour).isEqualTo(own.expectedAt(hour));
                assertThat(read.p90At(hour)).as("%d weeks, hour %d", weeks, hour).isEqualTo(own.p90At(hour));
            }
        }
    }
}
