package dev.lull.proposal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.lull.holiday.EvalHolidays;
import dev.lull.schedule.Interval;

/**
 * The appserver's holiday weeks one by one (an analysis main, not a test): the engine's choice with holidays avoided
 * (given the holidays, or not with -Dblind=true), the best window, the best off the holidays, and the hour-of-week
 * medians of all past and of the last 8 weeks avoiding them too. Argument: [WINDOW_HOURS].
 */
final class HolidayWeeksProbe {
    public static void main(String[] args) throws Exception {
        int w = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        EvalSeries series = EvalSeries.read(Path.of("../shared/data/appserver/traffic_stats_HOURLY_CHs.csv"));
        LoadSeries history = series.toLoadSeries();
        Set<LocalDate> holidays = EvalHolidays.zurich(series.start().toLocalDate(),
                series.weekStart(series.weeks()).toLocalDate());
        ProposalEngine engine = new ProposalEngine();
        List<double[]> past = new ArrayList<>();
        double[] sums = new double[8];
        int n = 0;
        for (int k = 0; k < series.weeks(); k++) {
            if (!series.usable(k)) {
                continue;
            }
            double[] target = series.week(k);
            LocalDateTime weekStart = series.weekStart(k);
            boolean[] allowed = new boolean[EvalSeries.WEEK - w + 1];
            boolean holidayWeek = false;
            for (int s = 0; s < allowed.length; s++) {
                allowed[s] = true;
                for (int h = s; h < s + w; h++) {
                    if (holidays.contains(weekStart.plusHours(h).toLocalDate())) {
                        allowed[s] = false;
                        holidayWeek = true;
                    }
                }
            }
            if (!past.isEmpty() && holidayWeek) {
                List<Interval> days = new ArrayList<>();
                for (int d = 0; d < 8; d++) {
                    LocalDate day = weekStart.toLocalDate().plusDays(d);
                    if (holidays.contains(day)) {
                        days.add(new Interval(day.atStartOfDay(series.zone()).toInstant(),
                                day.plusDays(1).atStartOfDay(series.zone()).toInstant()));
                    }
                }
                ProposalRequest request = new ProposalRequest(series.instant(weekStart),
                        series.instant(weekStart.plusHours(EvalSeries.WEEK)), Duration.ofHours(w),
                        Duration.ofHours(1), 1);
                java.time.Instant chosen = engine
                        .propose(history, request, days, Boolean.getBoolean("blind") ? java.util.Set.of() : holidays)
                        .candidates().get(0).start();
                int slot = (int) Math.max(0, Math.min(EvalSeries.WEEK - w,
                        Duration.between(weekStart, series.gridTime(chosen)).toHours()));
                double[] means = ProposalsEval.windowMeans(target, w);
                double mean = Arrays.stream(target).average().orElseThrow();
                int best = ProposalsEval.argmin(means);
                int bestAllowed = argminAllowed(means, allowed);
                int howmed = argminAllowed(ProposalsEval.windowMeans(profile(past, past.size()), w), allowed);
                int howmed8 = argminAllowed(ProposalsEval.windowMeans(profile(past, 8), w), allowed);
                int howmedNo = ProposalsEval.argmin(ProposalsEval.windowMeans(profile(past, past.size()), w));
                double[] r = {(means[slot] - means[best]) / mean, (means[bestAllowed] - means[best]) / mean,
                        (means[slot] - means[bestAllowed]) / mean, (means[howmed] - means[best]) / mean,
                        (means[howmed8] - means[best]) / mean, (means[howmedNo] - means[best]) / mean,
                        (means[slot] - means[howmed]) / mean, 0};
                for (int i = 0; i < r.length; i++) {
                    sums[i] += r[i];
                }
                n++;
                System.out.printf(Locale.ROOT,
                        "%s eng %s %.4f | best %s | bestAllowed %s irr %.4f engVsAllowed %.4f | howmed %s %.4f "
                                + "howmed8 %.4f howmedNoAvoid %.4f%n",
                        weekStart.toLocalDate(), label(weekStart, slot), r[0], label(weekStart, best),
                        label(weekStart, bestAllowed), r[1], r[2], label(weekStart, howmed), r[3], r[4], r[5]);
            }
            past.add(target);
        }
        System.out.printf(Locale.ROOT,
                "n %d: engine %.4f irreducible %.4f engineVsAllowed %.4f howmed %.4f howmed8 %.4f howmedNoAvoid %.4f%n",
                n, sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, sums[4] / n, sums[5] / n);
    }

    static String label(LocalDateTime weekStart, int slot) {
        LocalDateTime t = weekStart.plusHours(slot);
        return t.getDayOfWeek().toString().substring(0, 3) + t.toLocalDate().getDayOfMonth() + "@" + t.getHour();
    }

    static int argminAllowed(double[] means, boolean[] allowed) {
        int best = -1;
        for (int s = 0; s < means.length; s++) {
            if (allowed[s] && (best < 0 || means[s] < means[best])) {
                best = s;
            }
        }
        return best;
    }

    static double[] profile(List<double[]> past, int last) {
        List<double[]> used = past.subList(Math.max(0, past.size() - last), past.size());
        double[] p = new double[EvalSeries.WEEK];
        for (int h = 0; h < p.length; h++) {
            int hour = h;
            p[h] = ProposalsEval.median(used.stream().mapToDouble(week -> week[hour]).toArray());
        }
        return p;
    }
}
