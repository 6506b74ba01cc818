package dev.lull.whatif;

import java.util.List;

/** One host's replay of a window: the past weeks, latest first, and what a person reads first. */
public record HostReplay(List<WeekReplay> weeks, ReplaySummary summary) {
    public HostReplay {
        weeks = List.copyOf(weeks);
    }
}
