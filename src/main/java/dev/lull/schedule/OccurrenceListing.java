package dev.lull.schedule;

import java.util.List;

import dev.lull.platform.Paged;

/**
 * One page of the occurrences of blackouts in a range, in time order; {@code truncated} when some blackout had more
 * than {@code lull.schedule.max-occurrences} in it and the rest were left out.
 */
public record OccurrenceListing(List<OccurrenceView> items, int page, int size, long total, boolean truncated) {
    static OccurrenceListing of(Paged<OccurrenceView> paged, boolean truncated) {
        return new OccurrenceListing(paged.items(), paged.page(), paged.size(), paged.total(), truncated);
    }
}
