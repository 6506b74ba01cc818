package dev.lull.change;

/** A decision or step that does not fit the change as it stands (the API answers 409). */
public class NotApplicable extends RuntimeException {
    public NotApplicable(String message) {
        super(message);
    }
}
