package dev.lull.change;

import java.util.List;

/** What a window is checked against: blackouts, other booked changes and cluster limits. */
public record ScheduleSnapshot(List<Blackout> blackouts, List<BookedChange> booked, List<ClusterLimit> clusters) {
    public ScheduleSnapshot {
        blackouts = List.copyOf(blackouts);
        booked = List.copyOf(booked);
        clusters = List.copyOf(clusters);
    }
}
