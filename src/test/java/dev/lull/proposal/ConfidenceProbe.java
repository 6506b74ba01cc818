package dev.lull.proposal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Confidence levels split by series (an analysis main, not a test): per series and level, the weeks, median
 * |real − expected| ÷ expected, mean regret and median signed error (real − expected) ÷ expected of the engine's
 * chosen windows. Arguments: [DATA_DIR [WINDOW_HOURS]], default ../shared/data and 4; classpath as bench/proposals-eval.
 */
final class ConfidenceProbe {
    private ConfidenceProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int w = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        List<ProposalsEval.EngineCase> cases = ProposalsEval.evaluate(data, w).stream()
                .flatMap(result -> result.cases().stream()).toList();
        System.out.printf(Locale.ROOT, "W = %d h: weeks, median |err|/expected, mean regret, median signed error%n", w);
        for (String series : cases.stream().map(ProposalsEval.EngineCase::series).distinct().toList()) {
            print(series, cases.stream().filter(c -> c.series().equals(series)).toList());
        }
        print("ALL", cases);
    }

    private static void print(String group, List<ProposalsEval.EngineCase> cases) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-32s", group));
        for (Confidence level : Confidence.values()) {
            List<ProposalsEval.EngineCase> at = cases.stream().filter(c -> c.candidate().confidence() == level)
                    .toList();
            double[] signed = at.stream().mapToDouble(c -> (c.actual() - c.candidate().expectedMessages())
                    / c.candidate().expectedMessages()).toArray();
            EvalCalibration figures = EvalCalibration.of(level.name(), at);
            line.append(at.isEmpty()
                    ? String.format(Locale.ROOT, " | %-6s    -", level)
                    : String.format(Locale.ROOT, " | %-6s %3d %.3f %.4f %+.3f", level, at.size(),
                            figures.medianRelativeError(), figures.meanRegret(), ProposalsEval.median(signed)));
        }
        System.out.println(line);
    }
}
