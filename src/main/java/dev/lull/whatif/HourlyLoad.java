package dev.lull.whatif;

import java.time.Instant;

import dev.lull.schedule.Interval;

/**
 * A host's messages per UTC hour from a whole hour on (NaN where it sent nothing), spread evenly within each hour, so
 * that any span's total is two look-ups.
 */
public final class HourlyLoad {
    private static final long HOUR = 3600;
    private final long firstHour;
    private final double[] hourly;
    private final double[] cumulative;
    private final int[] gaps;

    private HourlyLoad(long firstHour, double[] hourly) {
        this.firstHour = firstHour;
        this.hourly = hourly.clone();
        this.cumulative = new double[hourly.length + 1];
        this.gaps = new int[hourly.length + 1];
        for (int i = 0; i < hourly.length; i++) {
            boolean unknown = Double.isNaN(hourly[i]);
            cumulative[i + 1] = cumulative[i] + (unknown ? 0 : hourly[i]);
            gaps[i + 1] = gaps[i] + (unknown ? 1 : 0);
        }
    }

    /** Hourly totals from {@code start}, which must be a whole hour. */
    public static HourlyLoad of(Instant start, double... messagesPerHour) {
        if (start.getEpochSecond() % HOUR != 0 || start.getNano() != 0) {
            throw new IllegalArgumentException("hourly load must start on a whole hour: " + start);
        }
        return new HourlyLoad(start.getEpochSecond() / HOUR, messagesPerHour);
    }

    /** Messages within {@code span}, hours at its edges by the share it covers; NaN when any hour it touches is unknown. */
    public double total(Interval span) {
        long start = span.start().getEpochSecond();
        long end = span.end().getEpochSecond();
        int first = (int) (Math.floorDiv(start, HOUR) - firstHour);
        int last = (int) (-Math.floorDiv(-end, HOUR) - firstHour);
        if (first < 0 || last > hourly.length || first >= last || gaps[last] - gaps[first] > 0) {
            return Double.NaN;
        }
        return at(end) - at(start);
    }

    /** Messages in the UTC hour starting at {@code epochHour} × 3600 s, NaN when unknown or outside. */
    public double hour(long epochHour) {
        long index = epochHour - firstHour;
        return index < 0 || index >= hourly.length ? Double.NaN : hourly[(int) index];
    }

    private double at(long second) {
        int index = (int) (Math.floorDiv(second, HOUR) - firstHour);
        if (index >= hourly.length) {
            return cumulative[hourly.length];
        }
        double fraction = Math.floorMod(second, HOUR) / (double) HOUR;
        return cumulative[index] + fraction * (cumulative[index + 1] - cumulative[index]);
    }
}
