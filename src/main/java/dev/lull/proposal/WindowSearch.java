package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import dev.lull.schedule.Interval;

/** Enumerates step-aligned windows free of busy time and picks the best pairwise-disjoint ones. */
final class WindowSearch {
    /** Rounded scores lie in ±this; shifted by it they are never negative. */
    private static final long SCORE_RANGE = 1_000_000;
    /** Where a score that is not a finite number sorts: after every other. */
    private static final long UNSCORED = 2 * SCORE_RANGE + 1;
    private WindowSearch() {
    }

    /**
     * Every window of the request's duration on a step boundary inside {@code [from, to)} that overlaps no busy
     * interval; a start fits when it is at most {@code to} minus the duration, and starts are whole seconds.
     */
    static List<Interval> freeWindows(ProposalRequest request, List<Interval> busy) {
        List<Interval> merged = merge(busy);
        List<Interval> free = new ArrayList<>();
        int next = 0;
        long latest = request.to().minus(request.duration()).getEpochSecond();
        long step = request.step().toSeconds();
        for (long second = request.firstStart().getEpochSecond(); second <= latest; second += step) {
            Instant start = Instant.ofEpochSecond(second);
            Interval window = new Interval(start, end(second, request.duration()));
            while (next < merged.size() && !merged.get(next).end().isAfter(start)) {
                next++;
            }
            if (next == merged.size() || !merged.get(next).overlaps(window)) {
                free.add(window);
            }
        }
        return free;
    }

    /**
     * The end of a window starting {@code second} (whole, as step boundaries are): counted in seconds, which is what
     * the search does a thousand times per question, unless the duration has a fraction of a second.
     */
    private static Instant end(long second, Duration duration) {
        return duration.getNano() == 0
                ? Instant.ofEpochSecond(second + duration.getSeconds())
                : Instant.ofEpochSecond(second).plus(duration);
    }

    /**
     * The lowest-scoring windows, skipping any that overlaps one already taken; scores within a millionth of the
     * largest finite one count as equal, and the earliest of equals wins; a score that is not a finite number ranks
     * after all others ({@link #ranked}).
     */
    static List<Interval> bestDisjoint(List<Interval> windows, ToDoubleFunction<Interval> score, int limit) {
        List<Interval> byStart = inStartOrder(windows);
        double[] scores = new double[byStart.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = score.applyAsDouble(byStart.get(i));
        }
        if (limit == 1 && scores.length > 0) {
            return List.of(byStart.get(lowest(scores)));
        }
        long[] ranked = ranked(scores);
        Arrays.sort(ranked);
        List<Interval> chosen = new ArrayList<>();
        for (long entry : ranked) {
            if (chosen.size() == limit) {
                break;
            }
            Interval window = byStart.get((int) entry);
            if (chosen.stream().noneMatch(window::overlaps)) {
                chosen.add(window);
            }
        }
        return chosen;
    }

    /** The place of the lowest of {@code scores} (windows in start order), as {@link #bestDisjoint} ranks them. */
    static int lowest(double[] scores) {
        double scale = scale(scores);
        long least = Long.MAX_VALUE;
        for (int i = 0; i < scores.length; i++) {
            least = Math.min(least, entry(scores, i, scale));
        }
        return (int) least;
    }

    /**
     * Each score rounded to an integer in ±10⁶ of the largest finite one, shifted to be positive (a score that is not
     * finite after all), and packed in one long with its place, so that sorting longs ranks the windows.
     */
    private static long[] ranked(double[] scores) {
        double scale = scale(scores);
        long[] ranked = new long[scores.length];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = entry(scores, i, scale);
        }
        return ranked;
    }

    /** The largest finite score's magnitude (1 if none is finite), at least the smallest normal double. */
    private static double scale(double[] scores) {
        double largest = 0;
        boolean any = false;
        for (double score : scores) {
            if (Double.isFinite(score)) {
                largest = Math.max(largest, Math.abs(score));
                any = true;
            }
        }
        return Math.max(any ? largest : 1, Double.MIN_NORMAL);
    }

    /** The score at {@code i}, rounded and shifted as {@link #ranked} says, packed with its place. */
    private static long entry(double[] scores, int i, double scale) {
        double rounded = Math.rint(scores[i] / scale * 1e6);
        long key = Double.isFinite(scores[i]) ? (long) rounded + SCORE_RANGE : UNSCORED;
        return key << 32 | i;
    }

    private static List<Interval> inStartOrder(List<Interval> windows) {
        for (int i = 1; i < windows.size(); i++) {
            if (windows.get(i).start().isBefore(windows.get(i - 1).start())) {
                List<Interval> sorted = new ArrayList<>(windows);
                sorted.sort(Comparator.comparing(Interval::start));
                return sorted;
            }
        }
        return windows;
    }

    /** Busy intervals sorted by start, overlapping and touching ones joined. */
    static List<Interval> merge(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval interval : sorted) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !interval.start().isAfter(last.end())) {
                Instant end = interval.end().isAfter(last.end()) ? interval.end() : last.end();
                merged.set(merged.size() - 1, new Interval(last.start(), end));
            } else {
                merged.add(interval);
            }
        }
        return merged;
    }

}
