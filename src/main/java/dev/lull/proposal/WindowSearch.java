package dev.lull.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import dev.lull.schedule.Interval;

/** Enumerates step-aligned windows free of busy time and picks the best pairwise-disjoint ones. */
final class WindowSearch {
    private WindowSearch() {
    }

    /** Every window of the request's duration on a step boundary inside {@code [from, to)} that overlaps no busy interval. */
    static List<Interval> freeWindows(ProposalRequest request, List<Interval> busy) {
        List<Interval> merged = merge(busy);
        List<Interval> free = new ArrayList<>();
        int next = 0;
        for (Instant start = request.firstStart(); !start.plus(request.duration()).isAfter(request.to()); start = start
                .plus(request.step())) {
            Interval window = Interval.of(start, request.duration());
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
     * The lowest-scoring windows, skipping any that overlaps one already taken; scores within a millionth of the
     * largest one count as equal, and the earliest of equals wins.
     */
    static List<Interval> bestDisjoint(List<Interval> windows, ToDoubleFunction<Interval> score, int limit) {
        double[] scores = windows.stream().mapToDouble(score).toArray();
        double scale = Math.max(Arrays.stream(scores).map(Math::abs).max().orElse(1), Double.MIN_NORMAL);
        List<Scored> ranked = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            ranked.add(new Scored(windows.get(i), Math.rint(scores[i] / scale * 1e6)));
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).thenComparing(scored -> scored.window().start()));
        List<Interval> chosen = new ArrayList<>();
        for (Scored scored : ranked) {
            if (chosen.size() == limit) {
                break;
            }
            if (chosen.stream().noneMatch(scored.window()::overlaps)) {
                chosen.add(scored.window());
            }
        }
        return chosen;
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

    private record Scored(Interval window, double score) {
    }
}
