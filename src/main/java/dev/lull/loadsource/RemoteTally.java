package dev.lull.loadsource;

import java.util.EnumMap;
import java.util.Map;

/** Counts of sample outcomes of one remote write request. */
final class RemoteTally {
    private final Map<SampleOutcome, Long> counts = new EnumMap<>(SampleOutcome.class);
    private long points;
    private int unknownHosts;

    void add(SampleOutcome outcome, long samples) {
        if (samples > 0) {
            counts.merge(outcome, samples, Long::sum);
        }
    }

    void stored(long points) {
        this.points = points;
    }

    /** Step values stored through the load ingest. */
    long points() {
        return points;
    }

    void unknownHosts(int hosts) {
        this.unknownHosts = hosts;
    }

    /** Distinct unknown hosts whose samples were ignored. */
    int unknownHosts() {
        return unknownHosts;
    }

    long get(SampleOutcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    /** Every sample not accepted. */
    long ignored() {
        return counts.entrySet().stream().filter(e -> e.getKey() != SampleOutcome.ACCEPTED)
                .mapToLong(Map.Entry::getValue).sum();
    }

    Map<SampleOutcome, Long> counts() {
        return Map.copyOf(counts);
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
