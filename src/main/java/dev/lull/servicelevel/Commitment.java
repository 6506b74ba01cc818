package dev.lull.servicelevel;

/** A scope together with the service level it has to meet. */
public record Commitment(Scope scope, Target target) {
}
