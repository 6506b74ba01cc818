package dev.lull.change;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.lull.inventory.HostCatalog;
import dev.lull.schedule.Conflict;
import dev.lull.schedule.Interval;

/**
 * A change request in full, with the teams owning its hosts, the actions the caller may take on it now, the plan it
 * was booked with (if any) and {@code warnings}: booking rules its booked window breaks now (a downtime budget set or
 * tightened later); {@code localWindows} give the window in the local time of its hosts, one entry per time zone.
 */
public record ChangeView(
        long id,
        String title,
        String description,
        ChangeType type,
        ChangeStatus status,
        String requester,
        List<String> hosts,
        WindowBody window,
        List<LocalWindow> localWindows,
        List<StepView> plan,
        List<String> requiredRoles,
        List<String> policyRoles,
        List<OwnerView> owners,
        Long template,
        UUID planId,
        List<ApprovalView> approvals,
        Risk risk,
        String backoutPlan,
        String blackoutOverride,
        String returnedReason,
        String cancelReason,
        CompletionView completion,
        ReviewView review,
        Set<ChangeAction> allowedActions,
        List<Conflict> warnings,
        Instant createdAt,
        Instant updatedAt) {

    static ChangeView of(ChangeRequest change, Set<ChangeAction> allowedActions, List<Conflict> warnings) {
        return new ChangeView(change.id, change.title, change.description, change.type, change.status,
                change.requester, change.hosts.stream().sorted().toList(),
                new WindowBody(change.windowStart, change.windowEnd),
                LocalWindow.of(change.window(), HostCatalog.zones(change.hosts)), steps(change),
                List.copyOf(change.requiredRoles),
                List.copyOf(change.policyRoles), OwningTeams.of(change.hosts), change.templateId, change.planId,
                change.approvals.stream().map(ApprovalView::of).toList(), change.risk, change.backoutPlan,
                change.blackoutOverride, change.returnedReason, change.cancelReason, completion(change),
                review(change), allowedActions, warnings.isEmpty() ? null : warnings, change.createdAt,
                change.updatedAt);
    }

    static List<StepView> steps(ChangeRequest change) {
        List<StepView> steps = new ArrayList<>();
        for (int i = 0; i < change.steps.size(); i++) {
            StepRow row = change.steps.get(i);
            steps.add(new StepView(i + 1, row.title, row.role, Duration.ofSeconds(row.durationSeconds), row.doneBy,
                    row.doneAt));
        }
        return steps;
    }

    private static CompletionView completion(ChangeRequest change) {
        return change.outcome == null
                ? null
                : new CompletionView(change.outcome, change.actualStart, change.actualEnd, change.completionComment);
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static ReviewView review(ChangeRequest change) {
        if (change.review == null) {
            return null;
        }
        Interval actual = new Interval(change.actualStart, change.actualEnd);
        ImplementationReview review = ImplementationReview.of(change.window(), actual, change.type);
        return new ReviewView(change.review, new WindowBody(change.windowStart, change.windowEnd),
                new WindowBody(change.actualStart, change.actualEnd), positive(review.startDelay()),
                positive(review.startDelay().negated()), review.overrun(),
                review.stayedInWindow(), change.expectedLoad, change.observedLoad);
    }
}
