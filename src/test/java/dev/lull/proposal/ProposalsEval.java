package dev.lull.proposal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reproduces nab/eval_baselines.py (hourly grid, gaps ≤ 6 h filled, weekly rolling origin, W-hour windows, at least
 * one training week) for the engine and the baselines, and prints the median regret per series. Arguments: [DATA_DIR
 * [WINDOW_HOURS]], default ../shared/data and 2.
 */
public final class ProposalsEval {
    static final int DEFAULT_WINDOW_HOURS = 2;
    static final List<String> RULES = List.of("fixed", "snaive", "howmed", "howmed4", "engine", "static*");

    /** Per-series median regret by rule, in file order, and what the engine stated and what came, week by week. */
    record Result(String series, int weeks, Map<String, Double> medianRegret, List<EngineCase> cases) {
    }

    /**
     * One scored week of the engine: its chosen candidate's figures, the real total of that window, its regret and
     * the week's mean hourly load (by which errors are scaled, as regret is).
     */
    record EngineCase(String series, Candidate candidate, double actual, double regret, double weekMean, int w) {
        boolean covered() {
            return actual <= candidate.p90Messages();
        }

        double relativeError() {
            return Math.abs(actual - candidate.expectedMessages()) / Math.max(candidate.expectedMessages(), 1e-12);
        }
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int w = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_WINDOW_HOURS;
        List<Result> results = evaluate(data, w);
        System.out.printf(Locale.ROOT, "W = %d h, min train weeks = 1, regret = (chosen - best) / week mean%n%n", w);
        System.out.printf(Locale.ROOT, "%-32s %5s", "series", "weeks");
        RULES.forEach(rule -> System.out.printf(Locale.ROOT, " %8s", rule));
        System.out.println();
        for (Result result : results) {
            System.out.printf(Locale.ROOT, "%-32s %5d", result.series(), result.weeks());
            RULES.forEach(rule -> System.out.printf(Locale.ROOT, " %8.3f", result.medianRegret().get(rule)));
            System.out.println();
        }
        System.out.printf(Locale.ROOT, "%-38s", "MEDIAN OVER SERIES");
        RULES.forEach(rule -> System.out.printf(Locale.ROOT, " %8.3f", acrossSeries(results, rule)));
        System.out.printf(Locale.ROOT, "%n%nstatic* is the best fixed slot in hindsight: a reference, not a rule.%n%n");
        EvalCalibration.print(results.stream().flatMap(result -> result.cases().stream()).toList());
        Path appserver = data.resolve("appserver/traffic_stats_HOURLY_CHs.csv");
        if (Files.exists(appserver)) {
            System.out.println();
            EvalHolidayWeeks.print(EvalSeries.read(appserver), w);
            EvalHolidayNights.print(EvalSeries.read(appserver));
        }
    }

    static List<Result> evaluate(Path data) throws IOException {
        return evaluate(data, DEFAULT_WINDOW_HOURS);
    }

    static List<Result> evaluate(Path data, int w) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("nab", "appserver")) {
            try (Stream<Path> listing = Files.list(data.resolve(folder))) {
                listing.filter(file -> file.toString().endsWith(".csv")).sorted().forEach(files::add);
            }
        }
        List<Result> results = new ArrayList<>();
        for (Path file : files) {
            results.add(evaluate(EvalSeries.read(file), w));
        }
        return results;
    }

    static double acrossSeries(List<Result> results, String rule) {
        return median(results.stream().mapToDouble(result -> result.medianRegret().get(rule)).toArray());
    }

    static Result evaluate(EvalSeries series, int w) {
        LoadSeries history = series.toLoadSeries();
        ProposalEngine engine = new ProposalEngine();
        Map<String, List<double[]>> windowMeansByRule = new LinkedHashMap<>();
        List<double[]> targets = new ArrayList<>();
        Map<String, List<Integer>> choices = new LinkedHashMap<>();
        List<Candidate> stated = new ArrayList<>();
        RULES.forEach(rule -> choices.put(rule, new ArrayList<>()));
        List<double[]> past = new ArrayList<>();
        for (int k = 0; k < series.weeks(); k++) {
            if (!series.usable(k)) {
                continue;
            }
            if (!past.isEmpty()) {
                targets.add(series.week(k));
                choices.get("fixed").add(fixedSlot(series, k, w));
                choices.get("snaive").add(argmin(windowMeans(past.get(past.size() - 1), w)));
                choices.get("howmed").add(argmin(windowMeans(medianProfile(past, past.size()), w)));
                choices.get("howmed4").add(argmin(windowMeans(medianProfile(past, 4), w)));
                Candidate candidate = engineChoice(engine, history, series, k, w);
                stated.add(candidate);
                choices.get("engine").add(slot(series, k, w, candidate.start()));
            }
            past.add(series.week(k));
        }
        int staticSlot = bestFixedSlot(targets, w);
        targets.forEach(target -> choices.get("static*").add(staticSlot));
        Map<String, Double> medians = new LinkedHashMap<>();
        for (String rule : RULES) {
            double[] regrets = new double[targets.size()];
            for (int i = 0; i < targets.size(); i++) {
                regrets[i] = regret(targets.get(i), choices.get(rule).get(i), w);
            }
            medians.put(rule, median(regrets));
        }
        List<EngineCase> cases = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Candidate candidate = stated.get(i);
            double actual = actualTotal(history, candidate);
            if (!Double.isNaN(actual) && candidate.p90Messages() != null) {
                double regret = regret(targets.get(i), choices.get("engine").get(i), w);
                double weekMean = Arrays.stream(targets.get(i)).average().orElseThrow();
                cases.add(new EngineCase(series.name(), candidate, actual, regret, weekMean, w));
            }
        }
        return new Result(series.name(), targets.size(), medians, cases);
    }

    private static Candidate engineChoice(ProposalEngine engine, LoadSeries history, EvalSeries series, int k,
            int w) {
        LocalDateTime weekStart = series.weekStart(k);
        Instant from = series.instant(weekStart);
        Instant to = series.instant(weekStart.plusHours(EvalSeries.WEEK));
        ProposalRequest request = new ProposalRequest(from, to, Duration.ofHours(w), Duration.ofHours(1), 1);
        return engine.propose(history, request, List.of()).candidates().get(0);
    }

    private static int slot(EvalSeries series, int k, int w, Instant chosen) {
        long offset = Duration.between(series.weekStart(k), series.gridTime(chosen)).toHours();
        return (int) Math.max(0, Math.min(EvalSeries.WEEK - w, offset));
    }

    /** The real messages in the candidate's window, hour by hour of the engine's history; NaN on a missing hour. */
    private static double actualTotal(LoadSeries history, Candidate candidate) {
        double total = 0;
        for (Instant hour = candidate.start(); hour.isBefore(candidate.end()); hour = hour.plus(Duration.ofHours(1))) {
            total += history.messagesAt(hour);
        }
        return total;
    }

    /** Sunday 02:00 on the local clock (03:00 when 02:00 does not exist that day), as the Python fixed rule. */
    private static int fixedSlot(EvalSeries series, int k, int w) {
        for (int wanted : new int[]{2, 3}) {
            for (int h = 0; h <= EvalSeries.WEEK - w; h++) {
                Instant instant = series.instant(series.weekStart(k).plusHours(h));
                LocalDateTime local = series.utcClock()
                        ? LocalDateTime.ofInstant(instant, series.zone())
                        : series.weekStart(k).plusHours(h);
                if (local.getDayOfWeek() == DayOfWeek.SUNDAY && local.getHour() == wanted) {
                    return h;
                }
            }
        }
        return 0;
    }

    /** Plain left-to-right sums, as Python's sum(): a compensated sum breaks ties between equal windows otherwise. */
    static double[] windowMeans(double[] week, int w) {
        double[] means = new double[EvalSeries.WEEK - w + 1];
        for (int s = 0; s < means.length; s++) {
            double sum = 0;
            for (int h = s; h < s + w; h++) {
                sum += week[h];
            }
            means[s] = sum / w;
        }
        return means;
    }

    static double regret(double[] target, int slot, int w) {
        double[] means = windowMeans(target, w);
        return BacktestWeek.regret(means[slot], Arrays.stream(means).min().orElseThrow(),
                Arrays.stream(target).average().orElseThrow());
    }

    private static double[] medianProfile(List<double[]> past, int lastWeeks) {
        List<double[]> used = past.subList(Math.max(0, past.size() - lastWeeks), past.size());
        double[] profile = new double[EvalSeries.WEEK];
        for (int h = 0; h < profile.length; h++) {
            int hour = h;
            profile[h] = median(used.stream().mapToDouble(week -> week[hour]).toArray());
        }
        return profile;
    }

    private static int bestFixedSlot(List<double[]> targets, int w) {
        double[] total = new double[EvalSeries.WEEK - w + 1];
        for (double[] target : targets) {
            for (int s = 0; s < total.length; s++) {
                total[s] += regret(target, s, w);
            }
        }
        return argmin(total);
    }

    static int argmin(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] < values[best] ? i : best;
        }
        return best;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
