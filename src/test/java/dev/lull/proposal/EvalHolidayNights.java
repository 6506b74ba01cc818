package dev.lull.proposal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.TreeSet;

import dev.lull.holiday.EvalHolidays;

/**
 * How busy the appserver's weekday nights (03:00–05:00) are against their hour of week, by distance in days from the
 * nearest Zürich holiday: each night's load ÷ the median of the same hours in the 8 weeks before, on the grid.
 */
final class EvalHolidayNights {
    private static final int PAST_WEEKS = 8;
    private static final int FAR = 8;

    private EvalHolidayNights() {
    }

    static void print(EvalSeries series) {
        NavigableSet<LocalDate> holidays = new TreeSet<>(EvalHolidays.zurich(series.start().toLocalDate(),
                series.weekStart(series.weeks()).toLocalDate().plusDays(8)));
        List<List<Double>> byDistance = new ArrayList<>();
        for (int d = 0; d <= FAR; d++) {
            byDistance.add(new ArrayList<>());
        }
        double[] values = series.values();
        for (int i = PAST_WEEKS * EvalSeries.WEEK; i + 1 < values.length; i++) {
            LocalDateTime time = series.start().plusHours(i);
            if (time.getHour() != 3 || time.getDayOfWeek().getValue() >= 6 || Double.isNaN(values[i] + values[i + 1])) {
                continue;
            }
            List<Double> past = new ArrayList<>();
            for (int week = 1; week <= PAST_WEEKS; week++) {
                int at = i - week * EvalSeries.WEEK;
                if (!Double.isNaN(values[at] + values[at + 1])) {
                    past.add(values[at] + values[at + 1]);
                }
            }
            if (past.size() >= PAST_WEEKS / 2) {
                int distance = Math.min(FAR, distance(time.toLocalDate(), holidays));
                double median = ProposalsEval.median(past.stream().mapToDouble(Double::doubleValue).toArray());
                byDistance.get(distance).add((values[i] + values[i + 1]) / median);
            }
        }
        System.out.printf(Locale.ROOT, "%s, weekday nights 03:00-05:00 / median of the 8 weeks before, by days from the"
                + " nearest holiday:%n", series.name());
        for (int d = 0; d <= FAR; d++) {
            double[] ratios = byDistance.get(d).stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf(Locale.ROOT, "  %s%d days: %4d nights, median ratio %.3f%n", d == FAR ? ">=" : "  ", d,
                    ratios.length, ProposalsEval.median(ratios));
        }
    }

    private static int distance(LocalDate day, NavigableSet<LocalDate> holidays) {
        LocalDate before = holidays.floor(day);
        LocalDate after = holidays.ceiling(day);
        long near = Long.MAX_VALUE;
        near = before == null ? near : Math.min(near, day.toEpochDay() - before.toEpochDay());
        near = after == null ? near : Math.min(near, after.toEpochDay() - day.toEpochDay());
        return (int) Math.min(Integer.MAX_VALUE, near);
    }
}
