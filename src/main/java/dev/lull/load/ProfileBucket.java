package dev.lull.load;

import java.time.DayOfWeek;

/** Messages per hour in one local hour of the week: median, 90th percentile and mean over {@code weeks} weeks. */
public record ProfileBucket(DayOfWeek dayOfWeek, int hour, Double median, Double p90, Double mean, int weeks) {
}
