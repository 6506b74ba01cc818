package dev.lull.whatif;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person reads first about a replay: weeks with data and quiet ones, the median share of windows the window
 * was quieter than and its median rank, the usual (median) load, the worst week and a one-line verdict.
 */
public record ReplaySummary(int weeks, int weeksWithData, int quietWeeks, Double medianQuieterThan,
        Double medianRank, Double usualMessages, WeekReplay worst, String verdict) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    /** The summary of judged weeks; the worst is the week of most messages, the lower rank among equals. */
    static ReplaySummary of(List<WeekReplay> weeks, Double usual, Duration length) {
        List<WeekReplay> known = weeks.stream().filter(WeekReplay::hasData).toList();
        int quiet = (int) known.stream().filter(WeekReplay::quiet).count();
        Optional<WeekReplay> worst = known.stream().max(Comparator.comparingDouble(WeekReplay::messages)
                .thenComparing(week -> -(week.quieterThan() == null ? 1 : week.quieterThan())));
        Double medianShare = median(known.stream().map(WeekReplay::quieterThan).filter(v -> v != null).toList());
        Double medianRank = median(known.stream().map(WeekReplay::rank).filter(v -> v != null)
                .map(Integer::doubleValue).toList());
        return new ReplaySummary(weeks.size(), known.size(), quiet, medianShare, medianRank, usual,
                worst.orElse(null), verdict(weeks.size(), known.size(), quiet, worst, length));
    }

    /** The median of the values, null when there are none. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String verdict(int weeks, int known, int quiet, Optional<WeekReplay> worst, Duration length) {
        if (worst.isEmpty()) {
            return "no load history for this window in the last " + weeks + " weeks";
        }
        String verdict = "quiet in " + quiet + " of the last " + weeks + " weeks"
                + (known < weeks ? " (" + (weeks - known) + " without data)" : "");
        WeekReplay week = worst.get();
        String day = DAY.format(week.localDate());
        if (Boolean.TRUE.equals(week.quiet())) {
            return verdict + (week.loadRatio() == null
                    ? ""
                    : String.format(Locale.ROOT,
                            "; the busiest, %s, had %.1f× the usual load", day, week.loadRatio()));
        }
        String load = week.loadRatio() == null
                ? String.format(Locale.ROOT, "%.0f messages where none are usual", week.messages())
                : String.format(Locale.ROOT, "%.1f× the usual load", week.loadRatio());
        String rank = week.quieterThan() == null
                ? ""
                : String.format(Locale.ROOT,
                        ", quieter than only %.0f %% of %s windows that week", week.quieterThan() * 100,
                        lengthName(length));
        return verdict + "; " + day + " was busy: " + load + rank;
    }

    /** "2-hour" or "90-minute", as the verdict names windows of that length. */
    static String lengthName(Duration length) {
        return length.toMinutesPart() == 0 && length.toSecondsPart() == 0
                ? length.toHours() + "-hour"
                : length.toMinutes() + "-minute";
    }
}
