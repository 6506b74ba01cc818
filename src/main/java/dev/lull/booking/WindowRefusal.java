package dev.lull.booking;

import java.time.Instant;
import java.util.List;

import dev.lull.schedule.Conflict;

/** Why one window of a plan cannot be booked: its host, its window and the booking rules it breaks. */
public record WindowRefusal(String host, Instant start, Instant end, List<Conflict> conflicts) {
}
