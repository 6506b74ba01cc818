package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import dev.lull.platform.PeriodView;
import dev.lull.schedule.BudgetImpact;

/** A feasible plan: one window per host, ordered by start, and the total expected load. */
public record PlanView(String cluster, Duration duration, PeriodView period, double totalExpectedMessages,
        List<PlannedWindow> windows) {

    /**
     * The window chosen for one host, with what a candidate carries: local start and end with offset in the host's
     * time zone, the expected and p90 load, confidence, reason, and the cost to each downtime budget (if any).
     */
    public record PlannedWindow(String host, String timeZone, Instant start, Instant end, OffsetDateTime localStart,
            OffsetDateTime localEnd, Double expectedMessages, Double expectedPeakRatio, Double p90Messages,
            Confidence confidence, String reason, List<BudgetImpact> budgetImpact) {

        static PlannedWindow of(String host, String timeZone, CandidateView window) {
            return new PlannedWindow(host, timeZone, window.start(), window.end(), window.localStart(),
                    window.localEnd(), window.expectedMessages(), window.expectedPeakRatio(), window.p90Messages(),
                    window.confidence(), window.reason(), window.budgetImpact());
        }
    }
}
