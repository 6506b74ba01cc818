package dev.lull.availability;

/** The one capacity rule: a load per minute is too high above {@code threshold} times the capacity per minute. */
public final class ThresholdRule {

    private ThresholdRule() {
    }

    /** The load's share of the capacity; infinite when there is load and no capacity. */
    public static double ratio(double perMinute, double capacityPerMinute) {
        return capacityPerMinute > 0 ? perMinute / capacityPerMinute : perMinute > 0 ? Double.POSITIVE_INFINITY : 0;
    }

    /** Whether the load lies above {@code threshold} times the capacity. */
    public static boolean exceeds(double perMinute, double capacityPerMinute, double threshold) {
        return ratio(perMinute, capacityPerMinute) > threshold;
    }
}
