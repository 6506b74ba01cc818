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
}
