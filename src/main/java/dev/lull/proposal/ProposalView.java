package dev.lull.proposal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.lull.platform.PeriodView;
import dev.lull.schedule.BudgetImpact;

/** The proposals for one host over a period, best first, with the evidence they rest on. */
public record ProposalView(String host, String timeZone, Duration duration, PeriodView period, Basis basis,
        List<CandidateView> candidates) {

    /** The view of the {@code kept} candidates of a proposal (those that passed the booking rules), in order. */
    static ProposalView of(String host, Proposal proposal, Map<Candidate, List<BudgetImpact>> kept) {
        return new ProposalView(host, proposal.timeZone().getId(), proposal.duration(),
                new PeriodView(proposal.from(), proposal.to()), proposal.basis(),
                kept.entrySet().stream().map(e -> CandidateView.of(e.getKey(), e.getValue())).toList());
    }
}
