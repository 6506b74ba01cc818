package dev.lull.change;

import java.time.Instant;
import java.util.Objects;

/** One required role's approval of a change: pending, or decided by someone, when, with a comment. */
public record Approval(String role, ApprovalState state, String decidedBy, Instant decidedAt, String comment) {
    public Approval {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
    }

    public static Approval pending(String role) {
        return new Approval(role, ApprovalState.PENDING, null, null, null);
    }

    public boolean isPending() {
        return state == ApprovalState.PENDING;
    }

    boolean decidedBy(String user) {
        return (state == ApprovalState.APPROVED || state == ApprovalState.REJECTED) && user.equals(decidedBy);
    }
}
