package dev.lull.schedule;

import java.time.Duration;
import java.util.Set;

/**
 * A window someone wants for taking hosts down: a change being submitted, authorized or rescheduled, or a proposed
 * window. {@code self} is the change it is (ignored among the booked work; -1 for none), {@code kind} names its
 * notice in messages, and {@code blackoutHint} is appended to blackout conflicts (how they could be overridden).
 */
public record Booking(long self, Set<String> hosts, Interval window, String kind, Duration notice,
        boolean overridesBlackouts, String blackoutHint) {
    public Booking {
        hosts = Set.copyOf(hosts);
    }

    /** A planned window on these hosts that is no change yet, as proposals and plans check it. */
    public static Booking proposed(Set<String> hosts, Interval window, MinimumNotice notice) {
        return new Booking(-1, hosts, window, "planned", notice.planned(), false, "");
    }
}
