package dev.lull.schedule;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

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

    /**
     * The part of this context that windows of {@code hosts} are checked against: the blackouts freezing any of them
     * (with those of them they freeze), the same booked work and clusters.
     */
    public BookingContext of(Collection<String> hosts) {
        return new BookingContext(blackouts.stream().filter(b -> b.hosts().stream().anyMatch(hosts::contains))
                .map(b -> new BlackoutWindow(b.name(), b.hosts().stream().filter(hosts::contains)
                        .collect(Collectors.toSet()), b.window()))
                .toList(), booked, clusters);
    }
}
