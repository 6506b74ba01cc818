package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Candidate windows for one host over {@code [from, to)}, best first and pairwise disjoint. */
public record Proposal(ZoneId timeZone, Duration duration, Instant from, Instant to, Basis basis,
        List<Candidate> candidates) {
    public Proposal {
        candidates = List.copyOf(candidates);
    }
}
