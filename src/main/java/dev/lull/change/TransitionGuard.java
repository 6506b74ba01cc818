package dev.lull.change;

import java.util.function.Predicate;

/** A condition on the facts of a change that a transition needs besides the status, type and action. */
public enum TransitionGuard {
    /** No condition. */
    ALWAYS("", facts -> true),
    /** Some required approvals are still pending. */
    APPROVALS_PENDING("while approvals are pending", facts -> !facts.allApprovalsIn()),
    /** Every required approval is in (or none is required). */
    ALL_APPROVALS_IN("once all approvals are in", TransitionFacts::allApprovalsIn),
    /** The change's window is open now. */
    INSIDE_WINDOW("only inside its window", TransitionFacts::insideWindow),
    /** Some plan step is not done yet. */
    STEPS_REMAINING("only while plan steps remain", TransitionFacts::stepsRemaining);

    private final String description;
    private final Predicate<TransitionFacts> condition;

    TransitionGuard(String description, Predicate<TransitionFacts> condition) {
        this.description = description;
        this.condition = condition;
    }

    /** Whether the condition holds for these facts. */
    public boolean holds(TransitionFacts facts) {
        return condition.test(facts);
    }

    /** The condition in words, empty for {@link #ALWAYS}. */
    public String description() {
        return description;
    }
}
