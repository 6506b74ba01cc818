package dev.lull.watchdog;

import java.time.Instant;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.platform.ApiNumbers;

/**
 * A host's figures over the span ending at {@code at}: live, expected and p90 load, the band's limit, the expected load
 * and the limit at the host's own level of the hour before (messages per hour, null without data), live ÷ expected, and its last
 * data.
 */
public record HostFigures(String host, Instant at,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double livePerHour,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double expectedPerHour,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double p90PerHour,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double limitPerHour,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double levelExpectedPerHour,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double levelLimitPerHour,
        @JsonSerialize(using = ApiNumbers.Ratio.class) Double ratio, Instant lastData) {

    boolean above() {
        return livePerHour != null && (livePerHour > limitPerHour || aboveLevel());
    }

    /** Above the band rescaled to the host's own level of the hour before. */
    boolean aboveLevel() {
        return livePerHour != null && levelLimitPerHour != null && livePerHour > levelLimitPerHour;
    }
}
