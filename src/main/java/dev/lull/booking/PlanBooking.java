package dev.lull.booking;

import java.util.List;
import java.util.UUID;

import dev.lull.change.ChangeView;
import dev.lull.proposal.PlanView;

/** A booked plan: its id (GET /api/v1/changes?plan=), the plan, and the changes made from it, one per window. */
public record PlanBooking(UUID planId, PlanView plan, List<ChangeView> changes) {
}
