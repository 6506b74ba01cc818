package dev.lull.change;

import dev.lull.platform.ApiProblem;

/** A decision or step that does not fit the change as it stands (the API answers 409). */
public class NotApplicable extends ApiProblem {
    public NotApplicable(String message) {
        super(409, message);
    }
}
