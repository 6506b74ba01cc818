package dev.lull.watchdog;

import java.time.Instant;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.platform.ApiNumbers;

/**
 * A host's figures over the span ending at {@code at}: live, expected and p90 load and the band's limit (messages
 * per hour, null without data), live ÷ expected, and its last data.
 */
public record HostFigures(String host, Instant at,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double livePerHour,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double expectedPerHour,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double p90PerHour,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double limitPerHour,
        @JsonSerialize(using = ApiNumbers.Ratio.class) Double ratio, Instant lastData) {

    boolean above() {
        return livePerHour != null && livePerHour > limitPerHour;
    }
}
