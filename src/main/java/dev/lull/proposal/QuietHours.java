package dev.lull.proposal;

import java.time.LocalTime;
import java.util.Objects;

/** The local hours assumed quiet when a host has too little history; they may wrap past midnight. */
public record QuietHours(LocalTime start, LocalTime end) {
    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(2, 0), LocalTime.of(5, 0));

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours must not be empty");
        }
    }

    public boolean contains(LocalTime time) {
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }
}
