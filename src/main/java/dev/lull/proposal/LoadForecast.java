package dev.lull.proposal;

import java.time.Instant;
import java.time.ZoneId;

import dev.lull.platform.Bytes;

/** Expected and 90th-percentile messages per hour for each local hour of the week, with the evidence behind them. */
public final class LoadForecast {
    private final ZoneId zone;
    private final double[] expected;
    private final double[] p90;
    private final double[] prior;
    private final WithinHourShape shape;
    private final int weeks;
    private final int samples;
    private final String model;

    LoadForecast(ZoneId zone, double[] expected, double[] p90, double[] prior, WithinHourShape shape, int weeks,
            int samples, String model) {
        this.zone = zone;
        this.expected = expected.clone();
        this.p90 = p90.clone();
        this.prior = prior.clone();
        this.shape = shape;
        this.weeks = weeks;
        this.samples = samples;
        this.model = model;
    }

    /** Expected messages per hour at an instant, including the within-hour shape when 5-minute samples were given. */
    public double expectedRate(Instant instant) {
        return expected[HourOfWeek.of(instant, zone).index()] * shape.factor(instant, zone);
    }

    public double p90Rate(Instant instant) {
        return p90[HourOfWeek.of(instant, zone).index()] * shape.factor(instant, zone);
    }

    /** The expected rate at a local time given as seconds since the local epoch (1970-01-01T00:00 local). */
    double expectedAtLocal(long localSecond) {
        return expected[hourOfWeek(localSecond)] * shape.factorAt(localSecond);
    }

    /** The p90 rate at a local time given as seconds since the local epoch. */
    double p90AtLocal(long localSecond) {
        return p90[hourOfWeek(localSecond)] * shape.factorAt(localSecond);
    }

    /** The expected rate times the {@link QuietPrior}, by which windows are ranked; local time as above. */
    double rankingAtLocal(long localSecond) {
        int hour = hourOfWeek(localSecond);
        return expected[hour] * prior[hour] * shape.factorAt(localSecond);
    }

    /** How load spreads within each local hour. */
    WithinHourShape shape() {
        return shape;
    }

    /** Monday 00:00 is 0; 1970-01-01 was a Thursday. */
    static int hourOfWeek(long localSecond) {
        long day = Math.floorDiv(localSecond, 86_400);
        return (int) (Math.floorMod(day + 3, 7) * 24 + Math.floorMod(localSecond, 86_400) / 3600);
    }

    /** Expected messages in the busiest hour of a typical week. */
    public double typicalPeak() {
        double peak = 0;
        for (double value : expected) {
            peak = Math.max(peak, value);
        }
        return peak;
    }

    public ZoneId zone() {
        return zone;
    }

    public int weeks() {
        return weeks;
    }

    public int samples() {
        return samples;
    }

    public String model() {
        return model;
    }

    /** Estimated retained bytes; the zone and the model's name are shared. */
    long bytes() {
        return Bytes.object(6, 8) + 3 * Bytes.doubles(HourOfWeek.COUNT) + shape.bytes();
    }
}
