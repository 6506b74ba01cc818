package dev.lull.proposal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine against the hour-of-week median of all past weeks (`howmed`) and of the last 26, week by week and per
 * year, on one series (an analysis main, not a test). Arguments: FILE [WINDOW_HOURS [v: print every week]].
 */
final class SeasonalProbe {
    public static void main(String[] args) throws Exception {
        String file = args.length > 0 ? args[0] : "../shared/data/appserver/traffic_stats_HOURLY_CHs.csv";
        int w = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        boolean verbose = args.length > 2;
        EvalSeries series = EvalSeries.read(Path.of(file));
        LoadSeries history = series.toLoadSeries();
        ProposalEngine engine = new ProposalEngine();
        List<double[]> past = new ArrayList<>();
        Map<String, List<double[]>> byGroup = new TreeMap<>();
        for (int k = 0; k < series.weeks(); k++) {
            if (!series.usable(k)) {
                continue;
            }
            double[] target = series.week(k);
            LocalDateTime weekStart = series.weekStart(k);
            if (!past.isEmpty()) {
                ProposalRequest request = new ProposalRequest(series.instant(weekStart),
                        series.instant(weekStart.plusHours(EvalSeries.WEEK)), Duration.ofHours(w),
                        Duration.ofHours(1), 1);
                Instant chosen = engine.propose(history, request, List.of()).candidates().get(0).start();
                int slot = (int) Math.max(0, Math.min(EvalSeries.WEEK - w,
                        Duration.between(weekStart, series.gridTime(chosen)).toHours()));
                int howmed = ProposalsEval.argmin(
                        ProposalsEval.windowMeans(HolidayWeeksProbe.profile(past, past.size()), w));
                int howmed26 = ProposalsEval.argmin(ProposalsEval.windowMeans(HolidayWeeksProbe.profile(past, 26), w));
                double[] r = {ProposalsEval.regret(target, slot, w), ProposalsEval.regret(target, howmed, w),
                        ProposalsEval.regret(target, howmed26, w)};
                byGroup.computeIfAbsent(String.valueOf(weekStart.getYear()), key -> new ArrayList<>()).add(r);
                byGroup.computeIfAbsent("all", key -> new ArrayList<>()).add(r);
                if (verbose) {
                    System.out.printf(Locale.ROOT, "%s eng %s %.4f howmed %s %.4f howmed26 %s %.4f%n",
                            weekStart.toLocalDate(), HolidayWeeksProbe.label(weekStart, slot), r[0],
                            HolidayWeeksProbe.label(weekStart, howmed), r[1],
                            HolidayWeeksProbe.label(weekStart, howmed26), r[2]);
                }
            }
            past.add(target);
        }
        byGroup.forEach((group, rows) -> {
            System.out.printf(Locale.ROOT, "%-5s n %3d", group, rows.size());
            for (int i = 0; i < 3; i++) {
                int col = i;
                double[] v = rows.stream().mapToDouble(r -> r[col]).toArray();
                java.util.Arrays.sort(v);
                System.out.printf(Locale.ROOT, " | %s med %.4f mean %.4f p90 %.4f",
                        new String[]{"engine", "howmed", "howmed26"}[i], ProposalsEval.median(v),
                        java.util.Arrays.stream(v).average().orElse(Double.NaN),
                        v[(int) Math.floor(0.9 * (v.length - 1))]);
            }
            System.out.println();
        });
    }
}
