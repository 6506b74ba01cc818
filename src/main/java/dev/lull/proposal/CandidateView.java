package dev.lull.proposal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.platform.ApiNumbers;
import dev.lull.schedule.BudgetImpact;

/**
 * A proposed window as the API shows it; confidence is HIGH, MEDIUM or LOW; {@code budgetImpact} says what it would
 * cost each downtime budget (service level) of the host and its cluster, and is absent when none applies.
 */
public record CandidateView(Instant start, Instant end, OffsetDateTime localStart, OffsetDateTime localEnd,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double expectedMessages,
        @JsonSerialize(using = ApiNumbers.Ratio.class) Double expectedPeakRatio,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double p90Messages, Confidence confidence, String reason,
        List<BudgetImpact> budgetImpact) {

    static CandidateView of(Candidate candidate, List<BudgetImpact> impacts) {
        return new CandidateView(candidate.start(), candidate.end(), candidate.localStart(), candidate.localEnd(),
                candidate.expectedMessages(), candidate.expectedPeakRatio(), candidate.p90Messages(),
                candidate.confidence(), candidate.reason(), impacts.isEmpty() ? null : impacts);
    }
}
