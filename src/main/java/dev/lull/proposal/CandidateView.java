package dev.lull.proposal;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A proposed window as the API shows it; confidence is high, medium or low. */
public record CandidateView(Instant start, Instant end, OffsetDateTime localStart, OffsetDateTime localEnd,
        Double expectedMessages, Double expectedPeakRatio, Double p90Messages, String confidence, String reason) {

    static CandidateView of(Candidate candidate) {
        return new CandidateView(candidate.start(), candidate.end(), candidate.localStart(), candidate.localEnd(),
                candidate.expectedMessages(), candidate.expectedPeakRatio(), candidate.p90Messages(),
                candidate.confidence().name().toLowerCase(), candidate.reason());
    }
}
