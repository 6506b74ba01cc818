package dev.lull.change;

import java.time.Duration;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.platform.ApiNumbers;

/**
 * The review of a closed change: planned against actual window (how late or how early the work started, how long
 * it ran past the end; all zero or more), expected against observed load (messages) where known.
 */
public record ReviewView(
        String review,
        WindowBody planned,
        WindowBody actual,
        Duration startDelay,
        Duration startedEarlyBy,
        Duration overrun,
        boolean stayedInWindow,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double expectedLoad,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double observedLoad) {
}
