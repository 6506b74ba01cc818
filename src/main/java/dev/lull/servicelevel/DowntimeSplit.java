package dev.lull.servicelevel;

import java.time.Duration;

/** How long a scope was down in a span, split into planned and unplanned time that never overlap. */
public record DowntimeSplit(Duration planned, Duration unplanned) {
    public Duration total() {
        return planned.plus(unplanned);
    }
}
