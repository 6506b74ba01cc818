package dev.lull.change;

import java.time.Instant;

import dev.lull.schedule.Interval;

/**
 * What the transition table needs to know besides status, type and action.
 *
 * @param allApprovalsIn every required approval is in, counting the one being recorded (or none is required)
 * @param insideWindow the change's window is open now
 * @param stepsRemaining some plan step is not done yet
 */
public record TransitionFacts(boolean allApprovalsIn, boolean insideWindow, boolean stepsRemaining) {

    /** The facts read off a change's approvals, window and plan progress at {@code now}. */
    public static TransitionFacts of(Approvals approvals, Interval window, Instant now, PlanProgress progress) {
        return new TransitionFacts(approvals.allIn(), window.contains(now), progress.remaining() > 0);
    }
}
