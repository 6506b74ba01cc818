package dev.lull.change;

import java.time.Duration;

/** The review of a closed change: planned against actual window, expected against observed load where known. */
public record ReviewView(
        String review,
        WindowBody planned,
        WindowBody actual,
        Duration startDelay,
        Duration overrun,
        boolean stayedInWindow,
        Double expectedLoad,
        Double observedLoad) {
}
