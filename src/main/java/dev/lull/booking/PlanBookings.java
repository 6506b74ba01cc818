package dev.lull.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.change.Caller;
import dev.lull.change.ChangeActions;
import dev.lull.change.ChangeBody;
import dev.lull.change.ChangeDesk;
import dev.lull.change.ChangeType;
import dev.lull.change.ChangeView;
import dev.lull.change.WindowBody;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Versioned;
import dev.lull.proposal.ClusterPlans;
import dev.lull.proposal.PlanView;
import dev.lull.schedule.BookingCheck;
import dev.lull.schedule.Conflict;

/**
 * Books a plan in one transaction: plans it, makes one change per window linked by a new plan id, holds each to
 * the booking rules and submits them when asked. All or none: one refused window refuses the whole plan (409 with
 * every window's reasons) and nothing is kept.
 */
@ApplicationScoped
public class PlanBookings {
    private final ClusterPlans plans;
    private final ChangeDesk desk;
    private final ChangeActions actions;
    private final BookingCheck booking;

    PlanBookings(ClusterPlans plans, ChangeDesk desk, ChangeActions actions, BookingCheck booking) {
        this.plans = plans;
        this.desk = desk;
        this.actions = actions;
        this.booking = booking;
    }

    @Transactional
    public PlanBooking book(PlanBookingRequest request, Caller caller) {
        booking.lock();
        PlanView plan = plans.plan(request.plan());
        UUID planId = UUID.randomUUID();
        List<ChangeView> changes = new ArrayList<>();
        List<WindowRefusal> refusals = new ArrayList<>();
        for (PlanView.PlannedWindow window : plan.windows()) {
            Versioned<ChangeView> created = desk.create(body(request.change(), window), planId, caller);
            List<Conflict> conflicts = actions.conflicts(created.body().id());
            if (!conflicts.isEmpty()) {
                refusals.add(new WindowRefusal(window.host(), window.start(), window.end(), conflicts));
            } else if (request.submitted()) {
                created = actions.submit(created.body().id(), ETags.ifMatch(created.version()), caller);
            }
            changes.add(created.body());
        }
        if (!refusals.isEmpty()) {
            throw ApiProblem.conflict(refusals.size() + " of " + plan.windows().size()
                    + " window(s) of the plan cannot be booked; nothing was booked. First: " + refusals.get(0).host()
                    + ": " + refusals.get(0).conflicts().get(0).message()).with("refusals", refusals);
        }
        return new PlanBooking(planId, plan, changes);
    }

    private static ChangeBody body(PlanChange change, PlanView.PlannedWindow window) {
        return new ChangeBody(change.title().trim() + ": " + window.host(), change.description(),
                change.type() == null ? ChangeType.NORMAL : change.type(), List.of(window.host()),
                new WindowBody(window.start(), window.end()), change.plan(), change.requiredRoles(), change.risk(),
                change.backoutPlan(), null, change.template());
    }
}
