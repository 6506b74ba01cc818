package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;

/** A host's load history: messages per UTC hour from {@code start} (NaN for a gap), optional 5-minute samples, and its zone. */
public final class LoadSeries {
    static final Duration HOUR = Duration.ofHours(1);
    static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private final ZoneId zone;
    private final Instant start;
    private final double[] hourly;
    private final double[] fiveMinute;

    private LoadSeries(ZoneId zone, Instant start, double[] hourly, double[] fiveMinute) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.start = Objects.requireNonNull(start, "start");
        if (!start.truncatedTo(ChronoUnit.HOURS).equals(start)) {
            throw new IllegalArgumentException("series must start on a whole hour: " + start);
        }
        this.hourly = hourly.clone();
        this.fiveMinute = fiveMinute.clone();
    }

    /** Hourly totals from {@code start}, one per hour; NaN marks a missing hour. */
    public static LoadSeries hourly(ZoneId zone, Instant start, double... messagesPerHour) {
        return new LoadSeries(zone, start, messagesPerHour, new double[0]);
    }

    /** The same series with raw 5-minute samples (messages per 5 minutes) from the same {@code start}. */
    public LoadSeries withFiveMinuteSamples(double... messagesPerFiveMinutes) {
        return new LoadSeries(zone, start, hourly, messagesPerFiveMinutes);
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return hourStart(hourly.length);
    }

    public int hours() {
        return hourly.length;
    }

    public Instant hourStart(int index) {
        return start.plusSeconds(3600L * index);
    }

    public double messagesInHour(int index) {
        return hourly[index];
    }

    /** Messages in the hour starting at {@code hourStart}, NaN when unknown or outside the series. */
    public double messagesAt(Instant hourStart) {
        long index = Duration.between(start, hourStart).toHours();
        return index >= 0 && index < hourly.length ? hourly[(int) index] : Double.NaN;
    }

    public int fiveMinuteSamples() {
        return fiveMinute.length;
    }

    public double fiveMinuteSample(int index) {
        return fiveMinute[index];
    }

    public Instant fiveMinuteStart(int index) {
        return start.plusSeconds(300L * index);
    }

    /** Only what was known before {@code cutoff}: later hours and samples are dropped. */
    public LoadSeries before(Instant cutoff) {
        int hours = (int) Math.max(0, Math.min(hourly.length, Duration.between(start, cutoff).toHours()));
        int samples = (int) Math.max(0, Math.min(fiveMinute.length, Duration.between(start, cutoff).toMinutes() / 5));
        return new LoadSeries(zone, start, Arrays.copyOf(hourly, hours), Arrays.copyOf(fiveMinute, samples));
    }

    /** Number of hours that hold a value. */
    public int knownHours() {
        return (int) Arrays.stream(hourly).filter(value -> !Double.isNaN(value)).count();
    }
}
