package dev.lull.change;

import dev.lull.platform.ApiProblem;

/** A person who may not take this decision or step on this change (the API answers 403 with the reason). */
public class NotPermitted extends ApiProblem {
    private final RefusalReason reason;

    public NotPermitted(RefusalReason reason, String message) {
        super(403, message);
        this.reason = reason;
        with("reason", reason);
    }

    public RefusalReason reason() {
        return reason;
    }
}
