package dev.lull.watchdog;

import java.time.Duration;

/**
 * How a cluster's changes are watched: the reactions to ALARM and UNKNOWN, the band's {@code factor} on the p90 and
 * its {@code floor} above the expected load (messages per hour), the {@code span} load is averaged over, how long it
 * must stay {@code calm} below the band, and after how long without data a host is {@code staleAfter}.
 */
public record WatchPolicy(Reaction onAlarm, Reaction onUnknown, double factor, double floor, Duration span,
        Duration calm, Duration staleAfter) {
    /** The defaults: pause on alarm, notify on unknown, 2 × p90 or 60 messages per hour over expected, 10/15/15 min. */
    public static final WatchPolicy DEFAULT = new WatchPolicy(Reaction.PAUSE, Reaction.NOTIFY, 2.0, 60,
            Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(15));

    /** The load per hour above which a host alarms, given what was expected and its p90. */
    double limit(double expected, double p90) {
        return Math.max(p90 * factor, expected + floor);
    }

    /** The reaction to an engine state. */
    Reaction reaction(WatchState state) {
        return switch (state) {
            case ALARM -> onAlarm;
            case UNKNOWN -> onUnknown;
            default -> Reaction.NOTIFY;
        };
    }
}
