package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import dev.lull.schedule.BudgetImpact;

/** The proposals for one host over a period, best first, with the evidence they rest on. */
public record ProposalView(String host, String timeZone, Duration duration, Instant from, Instant to, Basis basis,
        List<CandidateView> candidates) {

    static ProposalView of(String host, Proposal proposal, Function<Candidate, List<BudgetImpact>> impacts) {
        return new ProposalView(host, proposal.timeZone().getId(), proposal.duration(), proposal.from(), proposal.to(),
                proposal.basis(),
                proposal.candidates().stream().map(c -> CandidateView.of(c, impacts.apply(c))).toList());
    }
}
