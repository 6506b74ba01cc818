package dev.lull.change;

import java.time.Duration;
import java.time.Instant;

/** A plan step as the API shows it, numbered from 1. */
public record StepView(int number, String title, String role, Duration duration, String doneBy, Instant doneAt) {
}
