package dev.lull.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(ReplaceUnderscores.class)
class ProposalsEvalTest {
    static final Path DATA = Path.of("../shared/data");
    /**
     * Holiday weeks of the appserver, holidays avoided: the engine is at 0.027 (the target of 0.02 is not met,
     * docs/PROPOSALS.md says why); one week flipping by 0.1 moves the mean by 0.0024. A guard against regressions.
     */
    static final double HOLIDAY_WEEKS_AVOIDED_MAX = 0.030;
    /** Not avoided, the holiday forecast keeps them at 0.027 (0.042 blind at the time, Easter Monday left out). */
    static final double HOLIDAY_WEEKS_NOT_AVOIDED_MAX = 0.032;

    @Test
    void on_the_real_series_the_engine_beats_every_causal_baseline_and_matches_them_on_the_seasonal_ones()
            throws Exception {
        assumeTrue(Files.isDirectory(DATA.resolve("nab")) && Files.isDirectory(DATA.resolve("appserver")),
                "../shared/data is not there");

        List<ProposalsEval.Result> results = ProposalsEval.evaluate(DATA);
        Map<String, Map<String, Double>> bySeries = results.stream()
                .collect(Collectors.toMap(ProposalsEval.Result::series, ProposalsEval.Result::medianRegret));

        double engine = ProposalsEval.acrossSeries(results, "engine");
        for (String baseline : List.of("fixed", "snaive", "howmed", "howmed4")) {
            assertThat(engine).isLessThan(ProposalsEval.acrossSeries(results, baseline));
        }
        assertThat(engine).isLessThanOrEqualTo(0.095);
        Map<String, Double> appserver = bySeries.get("traffic_stats_HOURLY_CHs.csv");
        assertThat(appserver.get("engine")).isLessThanOrEqualTo(appserver.get("howmed"));
        Map<String, Double> taxi = bySeries.get("nyc_taxi.csv");
        assertThat(taxi.get("engine")).isLessThanOrEqualTo(taxi.get("howmed"));
    }

    @Test
    void the_stated_p90_holds_nine_weeks_in_ten_and_confidence_orders_regret_and_error() throws Exception {
        assumeTrue(Files.isDirectory(DATA.resolve("nab")) && Files.isDirectory(DATA.resolve("appserver")),
                "../shared/data is not there");
        for (int w : new int[]{2, 4}) {
            List<ProposalsEval.EngineCase> cases = ProposalsEval.evaluate(DATA, w).stream()
                    .flatMap(result -> result.cases().stream()).toList();
            assertThat(cases).hasSizeGreaterThan(300);
            assertThat(EvalCalibration.of("all", cases).coverage()).as("p90 coverage, W = %d h", w).isBetween(0.85,
                    0.95);
            Map<Confidence, EvalCalibration> levels = EvalCalibration.byConfidence(cases);
            assertThat(levels).containsOnlyKeys(Confidence.values());
            assertThat(levels.get(Confidence.HIGH).meanRegret()).as("W = %d h", w)
                    .isLessThan(levels.get(Confidence.MEDIUM).meanRegret());
            assertThat(levels.get(Confidence.MEDIUM).meanRegret()).as("W = %d h", w)
                    .isLessThan(levels.get(Confidence.LOW).meanRegret());
            assertThat(levels.get(Confidence.MEDIUM).medianRelativeError()).as("W = %d h", w)
                    .isLessThan(levels.get(Confidence.LOW).medianRelativeError());
            if (w == 2) {
                assertThat(levels.get(Confidence.HIGH).medianRelativeError())
                        .isLessThan(levels.get(Confidence.MEDIUM).medianRelativeError());
            }
        }
    }

    @Test
    void in_the_appservers_holiday_weeks_regret_stays_where_it_is_and_new_years_night_is_never_proposed()
            throws Exception {
        Path appserver = DATA.resolve("appserver/traffic_stats_HOURLY_CHs.csv");
        assumeTrue(Files.exists(appserver), "../shared/data is not there");
        EvalSeries series = EvalSeries.read(appserver);

        EvalHolidayWeeks.Figures avoided = EvalHolidayWeeks.measure(series, 2, true);
        EvalHolidayWeeks.Figures notAvoided = EvalHolidayWeeks.measure(series, 2, false);

        assertThat(avoided.holidayWeeks()).isEqualTo(41);
        assertThat(avoided.holidayRegret()).as("holidays avoided").isLessThanOrEqualTo(HOLIDAY_WEEKS_AVOIDED_MAX);
        assertThat(notAvoided.holidayRegret()).as("holidays forecast, not avoided")
                .isLessThanOrEqualTo(HOLIDAY_WEEKS_NOT_AVOIDED_MAX);
        assertThat(avoided.newYearNights()).isZero();
        assertThat(notAvoided.newYearNights()).as("New Year's night is forecast as a holiday: busy").isZero();
        assertThat(avoided.unavoidable()).as("what avoiding the holidays costs by itself").isLessThan(0.005);
    }

    @Test
    void on_the_appservers_holidays_the_stated_p90_of_a_window_behaves_like_a_90th_percentile() throws Exception {
        Path appserver = DATA.resolve("appserver/traffic_stats_HOURLY_CHs.csv");
        assumeTrue(Files.exists(appserver), "../shared/data is not there");

        List<HolidayRiskProbe.Kind> kinds = HolidayRiskProbe.measure(EvalSeries.read(appserver), false);

        HolidayRiskProbe.Kind own = kinds.get(0);
        HolidayRiskProbe.Kind sunday = kinds.get(1);
        assertThat(own.windows()).isGreaterThan(400);
        assertThat(own.coverage()).as("forecast from the host's past holidays (83.3 % before the conformal p90)")
                .isBetween(0.85, 0.95);
        assertThat(sunday.windows()).isGreaterThan(100);
        assertThat(sunday.coverage()).as("forecast as the host's Sunday").isBetween(0.85, 0.95);
    }
}
