package dev.lull.change;

import java.util.Optional;

/** How far implementation has come: the first {@code done} steps of the plan are done, in order. */
public record PlanProgress(Plan plan, int done) {
    public PlanProgress {
        if (done < 0 || done > plan.size()) {
            throw new IllegalArgumentException("done must be between 0 and " + plan.size() + ": " + done);
        }
    }

    public static PlanProgress notStarted(Plan plan) {
        return new PlanProgress(plan, 0);
    }

    public int remaining() {
        return plan.size() - done;
    }

    /** The step to do next, if any. */
    public Optional<PlanStep> next() {
        return remaining() == 0 ? Optional.empty() : Optional.of(plan.steps().get(done));
    }

    /**
     * Marks step {@code number} (counting from 1) done by {@code user}. Refused with {@link NotApplicable} unless
     * it is the next step, and with {@link NotPermitted} unless the user owns the step's role.
     */
    public PlanProgress completeStep(int number, String user, RoleOwners owners) {
        PlanStep step = next().orElseThrow(() -> new NotApplicable("all " + plan.size() + " steps are done"));
        if (number != done + 1) {
            throw new NotApplicable("step " + number + " cannot be done now: step " + (done + 1) + " ("
                    + step.title() + ") is next");
        }
        if (!owners.owns(user, step.role())) {
            throw new NotPermitted(RefusalReason.NOT_A_ROLE_OWNER,
                    user + " does not own role " + step.role() + " of step " + number + " (" + step.title() + ")");
        }
        return new PlanProgress(plan, done + 1);
    }
}
