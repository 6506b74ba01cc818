package dev.lull.proposal;

import java.time.Instant;
import java.util.ArrayList;
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

    /** The lowest-scoring windows, earliest first among equals, skipping any that overlaps one already taken. */
    static List<Interval> bestDisjoint(List<Interval> windows, ToDoubleFunction<Interval> score, int limit) {
        List<Scored> ranked = new ArrayList<>(windows.size());
        for (Interval window : windows) {
            ranked.add(new Scored(window, score.applyAsDouble(window)));
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
