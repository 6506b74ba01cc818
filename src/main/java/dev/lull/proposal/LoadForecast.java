package dev.lull.proposal;

import java.time.Instant;
import java.time.ZoneId;

/** Expected and 90th-percentile messages per hour for each local hour of the week, with the evidence behind them. */
public final class LoadForecast {
    private final ZoneId zone;
    private final double[] expected;
    private final double[] p90;
    private final WithinHourShape shape;
    private final int weeks;
    private final int samples;
    private final String model;

    LoadForecast(ZoneId zone, double[] expected, double[] p90, WithinHourShape shape, int weeks, int samples,
            String model) {
        this.zone = zone;
        this.expected = expected.clone();
        this.p90 = p90.clone();
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
}
