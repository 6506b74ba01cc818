package dev.lull.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;

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
    /** Local dates (epoch days, sorted) forecast as holidays; null, as the profile, in a fit's own forecast. */
    private final long[] holidays;
    private final HolidayProfile holidayProfile;

    LoadForecast(ZoneId zone, double[] expected, double[] p90, double[] prior, WithinHourShape shape, int weeks,
            int samples, String model) {
        this(zone, expected.clone(), p90.clone(), prior.clone(), shape, weeks, samples, model, null, null);
    }

    private LoadForecast(ZoneId zone, double[] expected, double[] p90, double[] prior, WithinHourShape shape,
            int weeks, int samples, String model, long[] holidays, HolidayProfile holidayProfile) {
        this.zone = zone;
        this.expected = expected;
        this.p90 = p90;
        this.prior = prior;
        this.shape = shape;
        this.weeks = weeks;
        this.samples = samples;
        this.model = model;
        this.holidays = holidays;
        this.holidayProfile = holidayProfile;
    }

    /**
     * The same forecast, except that the local {@code dates} are forecast hour by hour with {@code profile} and ranked
     * without the weekday prior, as a weekend day is.
     */
    LoadForecast onHolidays(Set<LocalDate> dates, HolidayProfile profile) {
        long[] days = dates.stream().mapToLong(LocalDate::toEpochDay).sorted().distinct().toArray();
        return new LoadForecast(zone, expected, p90, prior, shape, weeks, samples, model, days, profile);
    }

    /** Expected messages per hour at an instant, including the within-hour shape when 5-minute samples were given. */
    public double expectedRate(Instant instant) {
        return rateAtLocal(Rate.EXPECTED, localSecond(instant));
    }

    public double p90Rate(Instant instant) {
        return rateAtLocal(Rate.P90, localSecond(instant));
    }

    /** Which rate a load curve integrates: the expected, the p90, or the ranking (the expected × the prior). */
    enum Rate {
        EXPECTED, P90, RANKING
    }

    /**
     * The rate at a local time given as seconds since the local epoch (1970-01-01T00:00 local): the hour's figure
     * times the within-hour shape. The ranking rate is the expected one times the {@link QuietPrior}, except on a
     * holiday, which is ranked by its expected rate.
     */
    double rateAtLocal(Rate rate, long localSecond) {
        return hourly(rate, localSecond) * shape.factorAt(localSecond);
    }

    /**
     * The rates at {@code localSecond} and every 5 minutes after it into {@code rates[from, from + count)}, each as
     * {@link #rateAtLocal} gives it; the hour's figure is read once per local hour, not once per slot.
     */
    void fill(Rate rate, long localSecond, double[] rates, int from, int count) {
        int slot = from;
        int end = from + count;
        long second = localSecond;
        while (slot < end) {
            long hourEnd = (Math.floorDiv(second, 3600) + 1) * 3600;
            int last = (int) Math.min(end, slot - Math.floorDiv(second - hourEnd, 300));
            double hourly = hourly(rate, second);
            int hourOfDay = hourOfDay(second);
            int index = (int) (Math.floorMod(second, 3600) / 300);
            for (; slot < last; slot++, index++, second += 300) {
                rates[slot] = hourly * shape.factor(hourOfDay, index);
            }
        }
    }

    /** The rate's figure for the local hour of {@code localSecond}, before the within-hour shape. */
    private double hourly(Rate rate, long localSecond) {
        if (holiday(localSecond)) {
            return (rate == Rate.P90 ? holidayProfile.p90() : holidayProfile.expected())[hourOfDay(localSecond)];
        }
        int hour = hourOfWeek(localSecond);
        return switch (rate) {
            case EXPECTED -> expected[hour];
            case P90 -> p90[hour];
            case RANKING -> expected[hour] * prior[hour];
        };
    }

    private boolean holiday(long localSecond) {
        return holidays != null && Arrays.binarySearch(holidays, Math.floorDiv(localSecond, 86_400)) >= 0;
    }

    /** How the holidays of {@link #onHolidays} are forecast; null for a forecast without holidays. */
    HolidayProfile holidayProfile() {
        return holidayProfile;
    }

    /** The expected messages per hour of an hour of week, before the within-hour shape. */
    double expectedAt(int hourOfWeek) {
        return expected[hourOfWeek];
    }

    /** The p90 messages per hour of an hour of week, before the within-hour shape. */
    double p90At(int hourOfWeek) {
        return p90[hourOfWeek];
    }

    private long localSecond(Instant instant) {
        return instant.getEpochSecond() + zone.getRules().getOffset(instant).getTotalSeconds();
    }

    private static int hourOfDay(long localSecond) {
        return (int) (Math.floorMod(localSecond, 86_400) / 3600);
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

    /** Estimated retained bytes (a cached forecast has no holidays); the zone and the model's name are shared. */
    long bytes() {
        return Bytes.object(8, 8) + 3 * Bytes.doubles(HourOfWeek.COUNT)
                + (holidays == null ? 0 : Bytes.doubles(holidays.length))
                + shape.bytes();
    }
}
