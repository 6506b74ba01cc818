package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.lull.holiday.EvalHolidays;
import dev.lull.schedule.Interval;

/**
 * The engine on the appserver series' weeks that hold a Zürich holiday, against the other weeks: mean regret with
 * holidays avoided (the API's default) and not, and how often New Year's night (31 Dec 18:00 – 1 Jan 08:00) is chosen.
 */
final class EvalHolidayWeeks {
    private EvalHolidayWeeks() {
    }

    /**
     * What one pass over the series measured: mean regret of holiday weeks and of the others, New Year's nights, and
     * each week's regret (in week order) for the analysis mains.
     */
    record Figures(boolean avoided, int holidayWeeks, double holidayRegret, int otherWeeks, double otherRegret,
            int newYearNights, double unavoidable, List<Double> holidayWeekRegrets, List<Double> otherWeekRegrets) {
    }

    static void print(EvalSeries series, int w) {
        for (boolean avoid : new boolean[]{false, true}) {
            Figures figures = measure(series, w, avoid);
            System.out.printf(Locale.ROOT, "%s, holidays %s: %d holiday weeks, mean regret %.4f; %d other weeks, %.4f; "
                    + "New Year's night chosen %d times%n", series.name(), avoid ? "avoided" : "not avoided",
                    figures.holidayWeeks(), figures.holidayRegret(), figures.otherWeeks(), figures.otherRegret(),
                    figures.newYearNights());
            if (avoid) {
                System.out.printf(Locale.ROOT,
                        "  of which unavoidable (best window off the holidays against the week's "
                                + "best): %.4f%n",
                        figures.unavoidable());
            }
        }
    }

    /**
     * The engine's choice in every scored week, given the Zürich holidays (past ones shape its holiday forecast) and,
     * when {@code avoid}, told to keep out of their local days, as the API does by default.
     */
    static Figures measure(EvalSeries series, int w, boolean avoid) {
        LoadSeries history = series.toLoadSeries();
        LocalDate first = series.start().toLocalDate();
        Set<LocalDate> holidays = EvalHolidays.zurich(first, series.weekStart(series.weeks()).toLocalDate());
        ProposalEngine engine = new ProposalEngine();
        List<Double> holidayWeeks = new ArrayList<>();
        List<Double> otherWeeks = new ArrayList<>();
        List<Double> unavoidable = new ArrayList<>();
        int newYearNights = 0;
        for (int k = firstScored(series); k < series.weeks(); k++) {
            if (!series.usable(k)) {
                continue;
            }
            LocalDateTime weekStart = series.weekStart(k);
            List<Interval> days = holidayDays(series, holidays, weekStart);
            ProposalRequest request = new ProposalRequest(series.instant(weekStart),
                    series.instant(weekStart.plusHours(EvalSeries.WEEK)), Duration.ofHours(w), Duration.ofHours(1), 1);
            Instant chosen = engine.propose(history, request, avoid ? days : List.of(), holidays).candidates().get(0)
                    .start();
            long offset = Duration.between(weekStart, series.gridTime(chosen)).toHours();
            int slot = (int) Math.max(0, Math.min(EvalSeries.WEEK - w, offset));
            (days.isEmpty() ? otherWeeks : holidayWeeks).add(ProposalsEval.regret(series.week(k), slot, w));
            if (!days.isEmpty()) {
                unavoidable.add(ProposalsEval.regret(series.week(k), bestOffHolidays(series, holidays, k, w), w));
            }
            newYearNights += newYearNight(series.gridTime(chosen)) ? 1 : 0;
        }
        return new Figures(avoid, holidayWeeks.size(), mean(holidayWeeks), otherWeeks.size(), mean(otherWeeks),
                newYearNights, mean(unavoidable), List.copyOf(holidayWeeks), List.copyOf(otherWeeks));
    }

    /** The week's best slot in hindsight among those that touch no holiday (local dates of the grid). */
    private static int bestOffHolidays(EvalSeries series, Set<LocalDate> holidays, int k, int w) {
        double[] means = ProposalsEval.windowMeans(series.week(k), w);
        int best = -1;
        for (int s = 0; s < means.length; s++) {
            boolean free = true;
            for (int h = s; h < s + w; h++) {
                free &= !holidays.contains(series.weekStart(k).plusHours(h).toLocalDate());
            }
            best = free && (best < 0 || means[s] < means[best]) ? s : best;
        }
        return best;
    }

    private static int firstScored(EvalSeries series) {
        int k = 0;
        while (k < series.weeks() && !series.usable(k)) {
            k++;
        }
        return k + 1;
    }

    private static List<Interval> holidayDays(EvalSeries series, Set<LocalDate> holidays, LocalDateTime weekStart) {
        List<Interval> days = new ArrayList<>();
        for (LocalDate day = weekStart.toLocalDate(); day.isBefore(weekStart.plusHours(EvalSeries.WEEK).toLocalDate()
                .plusDays(1)); day = day.plusDays(1)) {
            Interval local = new Interval(day.atStartOfDay(series.zone()).toInstant(),
                    day.plusDays(1).atStartOfDay(series.zone()).toInstant());
            Interval week = new Interval(series.instant(weekStart),
                    series.instant(weekStart.plusHours(EvalSeries.WEEK)));
            if (holidays.contains(day) && local.overlaps(week)) {
                days.add(local);
            }
        }
        return days;
    }

    private static boolean newYearNight(LocalDateTime local) {
        return local.getMonthValue() == 12 && local.getDayOfMonth() == 31 && local.getHour() >= 18
                || local.getMonthValue() == 1 && local.getDayOfMonth() == 1 && local.getHour() < 8;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
