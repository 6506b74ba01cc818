package dev.lull.proposal;

/** The evidence behind a proposal: weeks and hourly samples of history used, and the model's name. */
public record Basis(int weeks, int samples, String model) {
}
