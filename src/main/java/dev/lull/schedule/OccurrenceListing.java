package dev.lull.schedule;

import java.util.List;

/**
 * The occurrences of blackouts in a range, in time order; {@code truncated} when some blackout had more than
 * {@code lull.schedule.max-occurrences} in it and the rest were left out.
 */
public record OccurrenceListing(List<OccurrenceView> items, boolean truncated) {
}
