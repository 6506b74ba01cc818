package dev.lull.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How much load typically swings within one local day: the median over days of (max − min) ÷ max. */
final class DailyCycle {
    private static final int MIN_HOURS_PER_DAY = 12;

    private DailyCycle() {
    }

    /** The typical within-day swing of the hours from {@code firstHour} on, 0 when no day has enough hours. */
    static double typicalSwing(LoadSeries history, int firstHour) {
        Map<LocalDate, List<Double>> days = new TreeMap<>();
        for (int i = firstHour; i < history.hours(); i++) {
            double value = history.messagesInHour(i);
            if (!Double.isNaN(value)) {
                LocalDate day = history.hourStart(i).atZone(history.zone()).toLocalDate();
                days.computeIfAbsent(day, key -> new ArrayList<>()).add(value);
            }
        }
        WeightedSample swings = new WeightedSample();
        for (List<Double> day : days.values()) {
            if (day.size() >= MIN_HOURS_PER_DAY) {
                double max = day.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                double min = day.stream().mapToDouble(Double::doubleValue).min().orElse(0);
                swings.add(max > 0 ? (max - min) / max : 0, 1);
            }
        }
        return swings.isEmpty() ? 0 : swings.quantile(0.5);
    }
}
