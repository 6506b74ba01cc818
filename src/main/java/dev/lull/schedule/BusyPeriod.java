package dev.lull.schedule;

/** One span during which a host is taken by something: a freeze, a change window, an outage. */
public record BusyPeriod(String host, Interval interval, BusyKind kind, String reference, String label) {
}
