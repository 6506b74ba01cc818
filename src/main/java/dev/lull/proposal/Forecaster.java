package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Fits a {@link LoadForecast}: per local hour of week, a recency-weighted median over past weeks that borrows the
 * neighbouring hours and, while history is short, the same hour on similar days; windows are ranked with the
 * {@link QuietPrior}.
 */
public final class Forecaster {
    /** Hours of history below which there is no forecast, only the quiet-hours fallback. */
    public static final int MIN_HOURS = HourOfWeek.COUNT;
    static final String WEEKLY_MODEL = "hour-of-week weighted median, local time";
    static final String FLAT_MODEL = "flat recent level, no daily cycle";
    private static final long WEEK_NANOS = Duration.ofDays(7).toNanos();
    static final int MAX_WEEKS = 26;
    private static final double HALF_LIFE_WEEKS = 10;
    static final double NEIGHBOUR_HOUR_WEIGHT = 0.5;
    static final double SIMILAR_DAY_WEIGHT = 0.5;
    private static final double MIN_CYCLE = 0.10;

    private Forecaster() {
    }

    /** Whether the history is long enough for a forecast. */
    public static boolean canForecast(LoadSeries history) {
        return history.knownHours() >= MIN_HOURS;
    }

    /** Fits on everything in {@code history} before {@code origin}; the most recent weeks weigh most. */
    public static LoadForecast fit(LoadSeries history, Instant origin) {
        return fit(history, origin, null);
    }

    /**
     * The same, reading each hour's median and spread from {@code kernels} (of the same history, ending at
     * {@code origin}) where they hold its values, already sorted, and the weeks and hours known from them too, so that
     * the history is bucketed only for an hour they do not hold or a flat series; null kernels read none.
     */
    static LoadForecast fit(LoadSeries history, Instant origin, ReplayKernels kernels) {
        double[][] sorted = kernels == null ? null : kernels.atEnd();
        WeekBuckets buckets = kernels == null ? bucket(history, origin) : null;
        int weeks = kernels == null ? buckets.weeks() : kernels.weeksAtEnd();
        int samples = kernels == null ? buckets.samples() : kernels.samplesAtEnd();
        double[] expected = new double[HourOfWeek.COUNT];
        double[] p90 = new double[HourOfWeek.COUNT];
        double shortHistory = 1.0 / Math.max(1, weeks);
        for (int index = 0; index < HourOfWeek.COUNT; index++) {
            if (sorted != null && !Double.isNaN(sorted[0][index])) {
                expected[index] = sorted[0][index];
                p90[index] = sorted[1][index];
                continue;
            }
            buckets = buckets == null ? bucket(history, origin) : buckets;
            WeightedSample sample = kernel(buckets, new HourOfWeek(index), shortHistory);
            expected[index] = sample.quantile(0.5);
            p90[index] = Math.max(expected[index], spreadSample(buckets, index, sample).quantile(0.9));
        }
        WithinHourShape shape = WithinHourShape.learn(history.before(origin));
        boolean dailyCycle = DailyCycle.typicalSwing(history.before(origin), firstHour(history)) >= MIN_CYCLE;
        if (!dailyCycle && (weeks < 2 || !hasWeeklyCycle(expected))) {
            return flat(history, origin, buckets == null ? bucket(history, origin) : buckets, shape);
        }
        return new LoadForecast(history.zone(), expected, p90, QuietPrior.factors(weeks), shape, weeks, samples,
                WEEKLY_MODEL);
    }

    /**
     * The weekly model's expected loads at an earlier {@code origin}, for a {@link RiskCalibration} replay: the
     * within-hour shape is given, the model is not chosen again, and the hourly p90s are left at the expected loads;
     * null with under a week of history before {@code origin}.
     */
    static LoadForecast replay(LoadSeries history, Instant origin, WithinHourShape shape) {
        WeekBuckets buckets = bucket(history, origin);
        if (buckets.samples() < MIN_HOURS) {
            return null;
        }
        double[] expected = new double[HourOfWeek.COUNT];
        double shortHistory = 1.0 / Math.max(1, buckets.weeks());
        for (int index = 0; index < HourOfWeek.COUNT; index++) {
            expected[index] = kernel(buckets, new HourOfWeek(index), shortHistory).quantile(0.5);
        }
        return new LoadForecast(history.zone(), expected, expected, QuietPrior.factors(buckets.weeks()), shape,
                buckets.weeks(), buckets.samples(), WEEKLY_MODEL);
    }

    private static WeekBuckets bucket(LoadSeries history, Instant origin) {
        WeekBuckets buckets = new WeekBuckets();
        for (int i = firstHour(history); i < history.hours(); i++) {
            long hour = history.hourStartSecond(i);
            double value = history.messagesInHour(i);
            if (Double.isNaN(value) || !isBefore(hour, origin)) {
                continue;
            }
            int age = age(hour, origin);
            if (age < MAX_WEEKS) {
                buckets.add(new HourOfWeek(history.hourOfWeek(i)), value, weight(age), age);
            }
        }
        return buckets;
    }

    /** The spread is read from the hour itself once it has two weeks of values, from the kernel before that. */
    private static WeightedSample spreadSample(WeekBuckets buckets, int index, WeightedSample kernel) {
        WeightedSample own = new WeightedSample();
        buckets.addTo(own, new HourOfWeek(index), 1);
        return own.size() >= 2 ? own : kernel;
    }

    /** Whole weeks between an hour and the origin: 0 for the last week before it. */
    static int age(Instant hour, Instant origin) {
        return age(hour.getEpochSecond(), origin);
    }

    /** The same for an hour given as its start in epoch seconds (hours start on whole seconds). */
    static int age(long hourSecond, Instant origin) {
        return (int) (((origin.getEpochSecond() - hourSecond) * 1_000_000_000L + origin.getNano() - 1) / WEEK_NANOS);
    }

    /** Whether an hour starting at {@code hourSecond} (epoch seconds) starts before {@code origin}. */
    static boolean isBefore(long hourSecond, Instant origin) {
        return hourSecond < origin.getEpochSecond() || hourSecond == origin.getEpochSecond() && origin.getNano() > 0;
    }

    /** The weight of a week of a given age; it halves every {@link #HALF_LIFE_WEEKS} weeks. */
    static double weight(int age) {
        return Math.pow(0.5, age / HALF_LIFE_WEEKS);
    }

    static int firstHour(LoadSeries history) {
        return Math.max(0, history.hours() - (MAX_WEEKS + 1) * HourOfWeek.COUNT);
    }

    /** Borrowing from similar days fades as 1 ÷ weeks of history, from neighbouring hours as 1 ÷ √weeks. */
    private static WeightedSample kernel(WeekBuckets buckets, HourOfWeek target, double shortHistory) {
        WeightedSample sample = new WeightedSample();
        double similarDay = SIMILAR_DAY_WEIGHT * shortHistory;
        buckets.addTo(sample, target, 1);
        double neighbour = NEIGHBOUR_HOUR_WEIGHT * Math.sqrt(shortHistory);
        buckets.addTo(sample, target.plus(-1), neighbour);
        buckets.addTo(sample, target.plus(1), neighbour);
        for (int day = 0; day < 7; day++) {
            HourOfWeek other = new HourOfWeek(day * 24 + target.hour());
            if (other.index() != target.index() && other.weekend() == target.weekend()) {
                buckets.addTo(sample, other, similarDay);
            }
        }
        if (sample.isEmpty()) {
            buckets.addSameHourTo(sample, target.hour());
        }
        if (sample.isEmpty()) {
            buckets.addAllTo(sample);
        }
        return sample;
    }

    private static boolean hasWeeklyCycle(double[] expected) {
        double[] days = new double[7];
        for (int day = 0; day < 7; day++) {
            days[day] = Arrays.stream(expected, day * 24, day * 24 + 24).sum();
        }
        return WeekBuckets.amplitude(days) >= MIN_CYCLE;
    }

    private static LoadForecast flat(LoadSeries history, Instant origin, WeekBuckets buckets, WithinHourShape shape) {
        double level = buckets.recentLevel();
        double spread = buckets.overallQuantile(0.9) / Math.max(buckets.overallQuantile(0.5), Double.MIN_VALUE);
        double[] expected = new double[HourOfWeek.COUNT];
        double[] p90 = new double[HourOfWeek.COUNT];
        Arrays.fill(expected, level);
        Arrays.fill(p90, level * spread);
        return new LoadForecast(history.zone(), expected, p90, QuietPrior.none(), shape, buckets.weeks(),
                buckets.samples(), FLAT_MODEL);
    }
}
