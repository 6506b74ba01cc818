package dev.lull.schedule;

import java.util.List;

/** What windows are checked against: blackouts, other booked work and the limits of the clusters involved. */
public record BookingContext(List<BlackoutWindow> blackouts, List<BookedWork> booked, List<ClusterLimit> clusters) {
    public static final BookingContext EMPTY = new BookingContext(List.of(), List.of(), List.of());

    public BookingContext {
        blackouts = List.copyOf(blackouts);
        booked = List.copyOf(booked);
        clusters = List.copyOf(clusters);
    }
}
