package dev.lull.proposal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import dev.lull.schedule.BudgetImpact;

/**
 * A proposed window as the API shows it; confidence is high, medium or low; {@code budgetImpact} says what it would
 * cost each downtime budget (service level) of the host and its cluster, and is absent when none applies.
 */
public record CandidateView(Instant start, Instant end, OffsetDateTime localStart, OffsetDateTime localEnd,
        Double expectedMessages, Double expectedPeakRatio, Double p90Messages, String confidence, String reason,
        List<BudgetImpact> budgetImpact) {

    static CandidateView of(Candidate candidate, List<BudgetImpact> impacts) {
        return new CandidateView(candidate.start(), candidate.end(), candidate.localStart(), candidate.localEnd(),
                candidate.expectedMessages(), candidate.expectedPeakRatio(), candidate.p90Messages(),
                candidate.confidence().name().toLowerCase(), candidate.reason(), impacts.isEmpty() ? null : impacts);
    }
}
