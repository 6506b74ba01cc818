package dev.lull.proposal;

/**
 * The evidence behind a proposal: the weeks of history used, how many hours of them had load (one hourly total
 * each, whatever the number of raw samples in the hour), and the model's name.
 */
public record Basis(int weeks, int hoursWithLoad, String model) {
}
