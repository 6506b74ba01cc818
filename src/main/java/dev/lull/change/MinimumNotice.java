package dev.lull.change;

import java.time.Duration;

/** How long before its window opens a change of each type must pass its checks; zero allows an open window. */
public record MinimumNotice(Duration normal, Duration standard, Duration emergency) {
    /** A day for normal changes, an hour for standard ones, none for emergencies. */
    public static final MinimumNotice DEFAULTS = new MinimumNotice(Duration.ofHours(24), Duration.ofHours(1),
            Duration.ZERO);

    public Duration of(ChangeType type) {
        return switch (type) {
            case NORMAL -> normal;
            case STANDARD -> standard;
            case EMERGENCY -> emergency;
        };
    }
}
