package dev.lull.load;

/**
 * A host's hourly totals, NaN where it sent nothing, and the index of the last hour that holds at least a sample per
 * 5 minutes ({@link #SAMPLES_FOR_WHOLE_HOUR}), -1 if none does: an hour with fewer cannot have a whole 5-minute series.
 */
public record HourlyTotals(double[] totals, int lastWholeHour) {
    /** Samples an hour holds at least when each of its twelve 5-minute steps has one. */
    public static final int SAMPLES_FOR_WHOLE_HOUR = 12;

    /** Whether some hour at {@code index} or after may have a whole 5-minute series. */
    public boolean wholeHoursFrom(int index) {
        return lastWholeHour >= index;
    }
}
