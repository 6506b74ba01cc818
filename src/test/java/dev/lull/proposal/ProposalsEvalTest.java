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
}
