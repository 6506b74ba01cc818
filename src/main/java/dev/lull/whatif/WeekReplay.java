package dev.lull.whatif;

import java.time.LocalDate;

import dev.lull.schedule.Interval;

/**
 * The window on one past week's wall clock: its messages (null without data), its rank among the {@code windows} of
 * that length starting in that local week (1 = the quietest), the share of them busier than it, the week's best
 * window, its load against the usual one and whether it counts as quiet (null without data).
 */
public record WeekReplay(int weeksBack, Interval window, LocalDate localDate, Double messages, Integer rank,
        int windows, Double quieterThan, Interval best, Double bestMessages, Double loadRatio, Boolean quiet) {

    static WeekReplay noData(int weeksBack, Interval window, LocalDate localDate) {
        return new WeekReplay(weeksBack, window, localDate, null, null, 0, null, null, null, null, null);
    }

    /** Whether the week holds every hour the window touches. */
    public boolean hasData() {
        return messages != null;
    }

    /** The same week judged against the usual load of the replayed weeks. */
    WeekReplay judged(Double ratio, boolean isQuiet) {
        return new WeekReplay(weeksBack, window, localDate, messages, rank, windows, quieterThan, best, bestMessages,
                ratio, isQuiet);
    }
}
