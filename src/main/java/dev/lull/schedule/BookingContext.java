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

    /**
     * The part of this context that windows within {@code period} are checked against: the blackouts and booked work
     * overlapping it, as {@link BookingCheck#context} would read them for that period, and the same clusters.
     */
    public BookingContext within(Interval period) {
        return new BookingContext(blackouts.stream().filter(b -> b.window().overlaps(period)).toList(),
                booked.stream().filter(work -> work.window().overlaps(period)).toList(), clusters);
    }
}
