package dev.lull.schedule;

/**
 * One span during which a host is taken by something: a freeze, a change window, an outage. A change that may
 * override freezes (an emergency with a recorded reason) says so in {@code overridesBlackouts}.
 */
public record BusyPeriod(String host, Interval interval, BusyKind kind, String reference, String label,
        boolean overridesBlackouts) {
}
