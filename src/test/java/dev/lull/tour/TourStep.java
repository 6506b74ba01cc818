package dev.lull.tour;

/** One {@code ```sh} block of the README tour: where it starts, its script, and the answer shown (or null). */
record TourStep(int line, String script, ShownAnswer answer) {
}
