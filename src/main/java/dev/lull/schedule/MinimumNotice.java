package dev.lull.schedule;

import java.time.Duration;

/**
 * How long before its window opens work of each kind must pass the booking rules; zero allows an open window.
 * Proposals and plans offer planned work, so they keep the longer of the NORMAL and STANDARD notices.
 */
public record MinimumNotice(Duration normal, Duration standard, Duration emergency) {
    /** A day for normal changes, an hour for standard ones, none for emergencies. */
    public static final MinimumNotice DEFAULTS = new MinimumNotice(Duration.ofHours(24), Duration.ofHours(1),
            Duration.ZERO);

    /** The notice of the named kind of work: NORMAL, STANDARD or EMERGENCY. */
    public Duration of(String kind) {
        return switch (kind) {
            case "NORMAL" -> normal;
            case "STANDARD" -> standard;
            case "EMERGENCY" -> emergency;
            default -> throw new IllegalArgumentException("no minimum notice for " + kind);
        };
    }

    /** The notice any planned (NORMAL or STANDARD) change satisfies: what proposals and plans keep. */
    public Duration planned() {
        return normal.compareTo(standard) >= 0 ? normal : standard;
    }
}
