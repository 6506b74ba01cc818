package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The proposals for one host over a period, best first, with the evidence they rest on. */
public record ProposalView(String host, String timeZone, Duration duration, Instant from, Instant to, Basis basis,
        List<CandidateView> candidates) {

    static ProposalView of(String host, Proposal proposal) {
        return new ProposalView(host, proposal.timeZone().getId(), proposal.duration(), proposal.from(), proposal.to(),
                proposal.basis(), proposal.candidates().stream().map(CandidateView::of).toList());
    }
}
