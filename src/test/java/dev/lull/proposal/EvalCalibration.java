package dev.lull.proposal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How far the engine's stated risk held on the evaluation weeks: coverage of {@code p90Messages}, error of
 * {@code expectedMessages} and regret, over all weeks, per series and per confidence level.
 */
record EvalCalibration(String group, int weeks, double coverage, double meanRegret, double medianRegret,
        double medianRelativeError, double medianScaledError) {

    /** The figures of a group of weeks; the scaled error is |actual − expected| ÷ (week mean × W), as regret. */
    static EvalCalibration of(String group, List<ProposalsEval.EngineCase> cases) {
        double covered = cases.stream().filter(ProposalsEval.EngineCase::covered).count();
        double[] regrets = cases.stream().mapToDouble(ProposalsEval.EngineCase::regret).toArray();
        return new EvalCalibration(group, cases.size(), covered / Math.max(1, cases.size()),
                Arrays.stream(regrets).average().orElse(Double.NaN), ProposalsEval.median(regrets),
                ProposalsEval.median(cases.stream().mapToDouble(ProposalsEval.EngineCase::relativeError).toArray()),
                ProposalsEval.median(cases.stream().mapToDouble(EvalCalibration::scaledError).toArray()));
    }

    /** Per confidence level, HIGH to LOW, leaving out levels no week had. */
    static Map<Confidence, EvalCalibration> byConfidence(List<ProposalsEval.EngineCase> cases) {
        Map<Confidence, EvalCalibration> levels = new LinkedHashMap<>();
        for (Confidence level : Confidence.values()) {
            List<ProposalsEval.EngineCase> at = cases.stream().filter(c -> c.candidate().confidence() == level)
                    .toList();
            if (!at.isEmpty()) {
                levels.put(level, of(level.name(), at));
            }
        }
        return levels;
    }

    static void print(List<ProposalsEval.EngineCase> cases) {
        List<EvalCalibration> rows = new ArrayList<>();
        rows.addAll(grouped(cases, ProposalsEval.EngineCase::series));
        rows.add(of("ALL WEEKS", cases));
        rows.addAll(byConfidence(cases).values());
        System.out.printf(Locale.ROOT, "Calibration of the engine's stated risk (chosen window, real total):%n");
        System.out.printf(Locale.ROOT, "%-32s %5s %8s %8s %8s %8s %8s%n", "weeks of", "n", "<=p90", "regret",
                "med.reg", "|err|/e", "|err|/wk");
        for (EvalCalibration row : rows) {
            System.out.printf(Locale.ROOT, "%-32s %5d %7.1f%% %8.3f %8.3f %8.3f %8.3f%n", row.group(), row.weeks(),
                    100 * row.coverage(), row.meanRegret(), row.medianRegret(), row.medianRelativeError(),
                    row.medianScaledError());
        }
        System.out.printf(Locale.ROOT, "regret: mean; |err|/e: median |actual - expected| / expected; "
                + "|err|/wk: the same / (week mean x W).%n");
    }

    private static List<EvalCalibration> grouped(List<ProposalsEval.EngineCase> cases,
            Function<ProposalsEval.EngineCase, String> key) {
        return cases.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList())).entrySet()
                .stream().map(entry -> of(entry.getKey(), entry.getValue())).toList();
    }

    private static double scaledError(ProposalsEval.EngineCase c) {
        return Math.abs(c.actual() - c.candidate().expectedMessages()) / Math.max(c.weekMean() * c.w(), 1e-12);
    }
}
