package dev.lull.load;

import java.time.DayOfWeek;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.lull.platform.ApiNumbers;

/** Messages per hour in one local hour of the week: median, 90th percentile and mean over {@code weeks} weeks. */
public record ProfileBucket(DayOfWeek dayOfWeek, int hour,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double median,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double p90,
        @JsonSerialize(using = ApiNumbers.Messages.class) Double mean, int weeks) {
}
