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

    static void print(EvalSeries series, int w) {
        LoadSeries history = series.toLoadSeries();
        LocalDate first = series.start().toLocalDate();
        Set<LocalDate> holidays = EvalHolidays.zurich(first, series.weekStart(series.weeks()).toLocalDate());
        ProposalEngine engine = new ProposalEngine();
        for (boolean avoid : new boolean[]{false, true}) {
            List<Double> holidayWeeks = new ArrayList<>();
            List<Double> otherWeeks = new ArrayList<>();
            int newYearNights = 0;
            for (int k = firstScored(series); k < series.weeks(); k++) {
                if (!series.usable(k)) {
                    continue;
                }
                LocalDateTime weekStart = series.weekStart(k);
                List<Interval> days = holidayDays(series, holidays, weekStart);
                ProposalRequest request = new ProposalRequest(series.instant(weekStart),
                        series.instant(weekStart.plusHours(EvalSeries.WEEK)), Duration.ofHours(w),
                        Duration.ofHours(1), 1);
                Instant chosen = engine.propose(history, request, avoid ? days : List.of()).candidates().get(0)
                        .start();
                long offset = Duration.between(weekStart, series.gridTime(chosen)).toHours();
                int slot = (int) Math.max(0, Math.min(EvalSeries.WEEK - w, offset));
                (days.isEmpty() ? otherWeeks : holidayWeeks).add(ProposalsEval.regret(series.week(k), slot, w));
                newYearNights += newYearNight(series.gridTime(chosen)) ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%s, holidays %s: %d holiday weeks, mean regret %.4f; %d other weeks, %.4f; "
                    + "New Year's night chosen %d times%n", series.name(), avoid ? "avoided" : "not avoided",
                    holidayWeeks.size(), mean(holidayWeeks), otherWeeks.size(), mean(otherWeeks), newYearNights);
        }
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
