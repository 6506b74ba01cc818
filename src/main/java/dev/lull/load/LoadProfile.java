package dev.lull.load;

import java.util.List;

import dev.lull.platform.PeriodView;

/** A host's hour-of-week load profile in its own time zone over a period: 168 buckets, Monday 00:00 first. */
public record LoadProfile(String host, String timeZone, PeriodView period, int weeks, List<ProfileBucket> buckets) {

    /** The largest median of any bucket, or 0 without data. */
    public double peakMedian() {
        return buckets.stream().filter(b -> b.median() != null).mapToDouble(ProfileBucket::median).max().orElse(0);
    }
}
