package dev.lull.change;

/** A person who may not take this decision or step on this change (the API answers 403). */
public class NotPermitted extends RuntimeException {
    private final RefusalReason reason;

    public NotPermitted(RefusalReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RefusalReason reason() {
        return reason;
    }
}
