package dev.lull.loadsource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one host's pull asks Prometheus for: the steps after the last one stored (or from {@code now − backfill},
 * aligned up to the step) to the last complete step, in pages of at most {@code pointsPerPage} points.
 */
record PullPlan(Instant start, Instant end, Duration step, int pointsPerPage) {

    /** The plan at {@code now}, or empty when no complete step is due. */
    static Optional<PullPlan> of(Instant pulledUntil, Instant now, Duration step, Duration backfill,
            int pointsPerPage) {
        long seconds = step.toSeconds();
        Instant end = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds - seconds);
        Instant start = pulledUntil != null
                ? pulledUntil.plus(step)
                : Instant.ofEpochSecond(-Math.floorDiv(-now.minus(backfill).getEpochSecond(), seconds) * seconds);
        return start.isAfter(end) ? Optional.empty() : Optional.of(new PullPlan(start, end, step, pointsPerPage));
    }

    /** The pages, oldest first; each holds at most {@code pointsPerPage} step instants, both ends included. */
    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        Duration span = step.multipliedBy(pointsPerPage - 1L);
        for (Instant from = start; !from.isAfter(end); from = from.plus(span).plus(step)) {
            Instant to = from.plus(span);
            pages.add(new Page(from, to.isAfter(end) ? end : to));
        }
        return pages;
    }

    /** One query_range request: [start, end] at the plan's step. */
    record Page(Instant start, Instant end) {
    }
}
