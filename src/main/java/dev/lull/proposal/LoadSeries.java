package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
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
    private final long[] localHours;

    private LoadSeries(ZoneId zone, Instant start, double[] hourly, double[] fiveMinute) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.start = Objects.requireNonNull(start, "start");
        if (!start.truncatedTo(ChronoUnit.HOURS).equals(start)) {
            throw new IllegalArgumentException("series must start on a whole hour: " + start);
        }
        this.hourly = hourly.clone();
        this.fiveMinute = fiveMinute.clone();
        this.localHours = localHours(zone, start, hourly.length);
    }

    /** Each hour's local hour (hours since the local epoch on the zone's wall clock); the offset read per transition. */
    private static long[] localHours(ZoneId zone, Instant start, int hours) {
        ZoneRules rules = zone.getRules();
        long[] local = new long[hours];
        long offset = rules.getOffset(start).getTotalSeconds();
        ZoneOffsetTransition next = rules.nextTransition(start);
        for (int i = 0; i < hours; i++) {
            long second = start.getEpochSecond() + 3600L * i;
            if (next != null && second >= next.toEpochSecond()) {
                Instant at = Instant.ofEpochSecond(second);
                offset = rules.getOffset(at).getTotalSeconds();
                next = rules.nextTransition(at);
            }
            local[i] = Math.floorDiv(second + offset, 3600);
        }
        return local;
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

    /** The local hour (hours since the local epoch, 1970-01-01T00:00 on the zone's wall clock) of an hour. */
    long localHour(int index) {
        return localHours[index];
    }

    /** The local hour of week of an hour, as {@link HourOfWeek#of} gives it. */
    int hourOfWeek(int index) {
        long local = localHours[index];
        return Math.floorMod(Math.floorDiv(local, 24) + 3, 7) * 24 + (int) Math.floorMod(local, 24);
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
