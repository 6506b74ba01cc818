package dev.lull.proposal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** How many windows of a plan start in each night (noon to noon, local), held to at most {@code max} (0: any). */
public final class Nights {
    private final int max;
    private final Map<LocalDate, Integer> taken = new HashMap<>();

    public Nights(int max) {
        this.max = max;
    }

    public int max() {
        return max;
    }

    /** Whether one more window may start in the candidate's night. */
    boolean hasRoom(Candidate candidate) {
        return max == 0 || taken.getOrDefault(night(candidate), 0) < max;
    }

    void take(Candidate candidate) {
        if (max > 0) {
            taken.merge(night(candidate), 1, Integer::sum);
        }
    }

    void release(Candidate candidate) {
        if (max > 0) {
            taken.merge(night(candidate), -1, Integer::sum);
        }
    }

    Nights copy() {
        Nights copy = new Nights(max);
        copy.taken.putAll(taken);
        return copy;
    }

    private static LocalDate night(Candidate candidate) {
        return PlanConstraints.night(candidate.localStart());
    }
}
