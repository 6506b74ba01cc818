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
    /** The 5-minute samples from the {@link #fiveMinuteOffset}-th slot after the start on. */
    private final double[] fiveMinute;
    private final int fiveMinuteOffset;
    /** Each hour's local hour, for at least as many hours as the series holds (a prefix shares its whole's). */
    private final long[] localHours;
    /** Each hour's local hour of week, likewise. */
    private final short[] hoursOfWeek;

    /** Takes the arrays as they are: callers pass arrays nobody else holds. */
    private LoadSeries(ZoneId zone, Instant start, double[] hourly, double[] fiveMinute, int fiveMinuteOffset) {
        this(zone, start, hourly, fiveMinute, fiveMinuteOffset, localHours(zone, start, hourly.length));
    }

    private LoadSeries(ZoneId zone, Instant start, double[] hourly, double[] fiveMinute, int fiveMinuteOffset,
            long[] localHours) {
        this(zone, start, hourly, fiveMinute, fiveMinuteOffset, localHours, hoursOfWeek(localHours));
    }

    /** Takes the arrays as they are; the local hours and hours of week may run past the hours held. */
    private LoadSeries(ZoneId zone, Instant start, double[] hourly, double[] fiveMinute, int fiveMinuteOffset,
            long[] localHours, short[] hoursOfWeek) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.start = Objects.requireNonNull(start, "start");
        if (!start.truncatedTo(ChronoUnit.HOURS).equals(start)) {
            throw new IllegalArgumentException("series must start on a whole hour: " + start);
        }
        this.hourly = hourly;
        this.fiveMinute = fiveMinute;
        this.fiveMinuteOffset = fiveMinuteOffset;
        this.localHours = localHours;
        this.hoursOfWeek = hoursOfWeek;
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

    /**
     * Each local hour's hour of week, as {@link HourOfWeek#of} gives it: the local epoch began on a Thursday, 72 hours
     * after a Monday 00:00.
     */
    private static short[] hoursOfWeek(long[] localHours) {
        short[] hours = new short[localHours.length];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = (short) Math.floorMod(localHours[i] + 72, HourOfWeek.COUNT);
        }
        return hours;
    }

    /** Hourly totals from {@code start}, one per hour; NaN marks a missing hour. */
    public static LoadSeries hourly(ZoneId zone, Instant start, double... messagesPerHour) {
        return new LoadSeries(zone, start, messagesPerHour.clone(), new double[0], 0);
    }

    /** The same series with raw 5-minute samples (messages per 5 minutes) from the same {@code start}. */
    public LoadSeries withFiveMinuteSamples(double... messagesPerFiveMinutes) {
        return new LoadSeries(zone, start, hourly, messagesPerFiveMinutes.clone(), 0, localHours, hoursOfWeek);
    }

    /**
     * The same series with raw 5-minute samples from {@code from} (a 5-minute step after the start) on, none before
     * it: a recent stretch of samples without an array for the whole series.
     */
    LoadSeries withFiveMinuteSamplesFrom(Instant from, double[] messagesPerFiveMinutes) {
        long offset = Duration.between(start, from).toSeconds() / FIVE_MINUTES.toSeconds();
        if (offset < 0 || Duration.between(start, from).toSeconds() % FIVE_MINUTES.toSeconds() != 0) {
            throw new IllegalArgumentException("samples must start on a 5-minute step of the series: " + from);
        }
        return new LoadSeries(zone, start, hourly, messagesPerFiveMinutes.clone(), (int) offset, localHours,
                hoursOfWeek);
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

    /** The start of an hour in epoch seconds: {@link #hourStart} without an object. */
    long hourStartSecond(int index) {
        return start.getEpochSecond() + 3600L * index;
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
        return hoursOfWeek[index];
    }

    public double messagesInHour(int index) {
        return hourly[index];
    }

    /** Messages in the hour starting at {@code hourStart}, NaN when unknown or outside the series. */
    public double messagesAt(Instant hourStart) {
        long index = Duration.between(start, hourStart).toHours();
        return index >= 0 && index < hourly.length ? hourly[(int) index] : Double.NaN;
    }

    /** The 5-minute slots from the start up to the last sample held (NaN for a slot without one). */
    public int fiveMinuteSamples() {
        return fiveMinute.length == 0 ? 0 : fiveMinuteOffset + fiveMinute.length;
    }

    public double fiveMinuteSample(int index) {
        return index < fiveMinuteOffset ? Double.NaN : fiveMinute[index - fiveMinuteOffset];
    }

    /** The first 5-minute slot that may hold a sample: the ones before it hold none. */
    int firstFiveMinuteSample() {
        return fiveMinuteOffset;
    }

    public Instant fiveMinuteStart(int index) {
        return start.plusSeconds(300L * index);
    }

    /** Only what was known before {@code cutoff}: later hours and samples are dropped (none: the series itself). */
    public LoadSeries before(Instant cutoff) {
        int hours = (int) Math.max(0, Math.min(hourly.length, Duration.between(start, cutoff).toHours()));
        long slots = Duration.between(start, cutoff).toMinutes() / 5;
        int samples = (int) Math.max(0, Math.min(fiveMinute.length, slots - fiveMinuteOffset));
        if (hours == hourly.length && samples == fiveMinute.length && (samples > 0 || fiveMinuteOffset == 0)) {
            return this;
        }
        return new LoadSeries(zone, start, Arrays.copyOf(hourly, hours), Arrays.copyOf(fiveMinute, samples),
                samples == 0 ? 0 : fiveMinuteOffset, localHours, hoursOfWeek);
    }

    /** Number of hours that hold a value. */
    public int knownHours() {
        return (int) Arrays.stream(hourly).filter(value -> !Double.isNaN(value)).count();
    }
}
