package dev.lull.watchdog;

import java.time.Instant;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.platform.ApiNumbers;

/**
 * A host's figures over the span ending at {@code at}, messages per hour (null without data): live load, the forecast's
 * expected and p90 loads, the host's level (the lower of its load ÷ the forecast's in the half hour before the window
 * opened and in the half hour before the span; null when neither is known) and the expected load at that level, the
 * band's limit, live ÷ the expected load the band is built on, and its last data.
 */
public record HostFigures(String host, Instant at,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double livePerHour,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double expectedPerHour,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double p90PerHour,
        @JsonSerialize(using = ApiNumbers.Ratio.class) Double level,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double levelExpectedPerHour,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double limitPerHour,
        @JsonSerialize(using = ApiNumbers.Ratio.class) Double ratio, Instant lastData) {

    boolean above() {
        return livePerHour != null && livePerHour > limitPerHour;
    }
}
