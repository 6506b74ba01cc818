package dev.lull.calendar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A duration as people write it in a calendar: {@code 15 min}, {@code 1 h 30 min}, {@code 26 h}, {@code 45 s}. */
final class ReadableDuration {
    private ReadableDuration() {
    }

    static String of(Duration duration) {
        List<String> parts = new ArrayList<>();
        if (duration.toHours() > 0) {
            parts.add(duration.toHours() + " h");
        }
        if (duration.toMinutesPart() > 0) {
            parts.add(duration.toMinutesPart() + " min");
        }
        if (duration.toSecondsPart() > 0 || parts.isEmpty()) {
            parts.add(duration.toSecondsPart() + " s");
        }
        return String.join(" ", parts);
    }
}
