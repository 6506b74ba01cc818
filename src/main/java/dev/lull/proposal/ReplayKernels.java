package dev.lull.proposal;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The hourly values the {@link RiskCalibration} replays read, keyed once per fit. A replay {@code back} weeks before the
 * fit's end sees exactly the hours aged {@code back} to {@code back + 25} weeks at the end (an hour's age at the
 * replay's origin is its age at the end minus {@code back}), so for each local hour of week this holds every value its
 * kernel may take in — its own, the neighbouring hours', the similar days' — sorted once by value, with its age and
 * kind. Each replay's weighted median is then one linear scan per hour of week, with the weights
 * {@link Forecaster#replay} would give; no bucketing of the history and no sorting per replay.
 */
final class ReplayKernels {
    private static final int KIND = SortedKernel.KIND;

    private final ZoneId zone;
    private final double[][] values;
    private final short[][] tags;
    private final int[] hoursByAge;
    private double[] cumulative = new double[0];

    private ReplayKernels(ZoneId zone, double[][] values, short[][] tags, int[] hoursByAge) {
        this.zone = zone;
        this.values = values;
        this.tags = tags;
        this.hoursByAge = hoursByAge;
    }

    /** The known hours of {@code history} that replays up to {@code maxBack} weeks before its end read. */
    static ReplayKernels of(LoadSeries history, int maxBack) {
        Instant end = history.end();
        int maxAge = Forecaster.MAX_WEEKS + maxBack;
        int first = Forecaster.firstHour(history);
        int[] keys = new int[history.hours() - first];
        int[] perKey = new int[HourOfWeek.COUNT];
        int[] hoursByAge = new int[maxAge];
        for (int i = first; i < history.hours(); i++) {
            int age = Forecaster.age(history.hourStartSecond(i), end);
            keys[i - first] = -1;
            if (!Double.isNaN(history.messagesInHour(i)) && age < maxAge) {
                keys[i - first] = history.hourOfWeek(i);
                perKey[keys[i - first]]++;
                hoursByAge[age]++;
            }
        }
        double[][] own = new double[HourOfWeek.COUNT][];
        double[][] ownAges = new double[HourOfWeek.COUNT][];
        for (int index = 0; index < HourOfWeek.COUNT; index++) {
            own[index] = new double[perKey[index]];
            ownAges[index] = new double[perKey[index]];
        }
        int[] filled = new int[HourOfWeek.COUNT];
        for (int i = first; i < history.hours(); i++) {
            int key = keys[i - first];
            if (key >= 0) {
                own[key][filled[key]] = history.messagesInHour(i);
                ownAges[key][filled[key]++] = Forecaster.age(history.hourStartSecond(i), end);
            }
        }
        for (int index = 0; index < HourOfWeek.COUNT; index++) {
            WeightedSample.sortTogether(own[index], ownAges[index], 0, own[index].length - 1);
        }
        SortedKernel[] kernels = SortedKernel.all(own, ownAges);
        double[][] values = new double[HourOfWeek.COUNT][];
        short[][] tags = new short[HourOfWeek.COUNT][];
        for (int index = 0; index < HourOfWeek.COUNT; index++) {
            values[index] = kernels[index].values();
            tags[index] = kernels[index].tags();
        }
        return new ReplayKernels(history.zone(), values, tags, hoursByAge);
    }

    /** Whether a replay {@code back} weeks before the end has a week of history behind it. */
    boolean hasWeek(int back) {
        return samples(back) >= Forecaster.MIN_HOURS;
    }

    /**
     * The expected loads of the weekly model fitted {@code back} weeks before the end, as {@link Forecaster#replay}
     * gives them (its hourly p90s left at the expected loads); null when some hour's kernel is empty, a sparse history
     * whose fallbacks only the full replay knows.
     */
    LoadForecast replay(int back, WithinHourShape shape) {
        int weeks = weeks(back);
        double[] weights = weightsByTag(back, kindWeights(1.0 / Math.max(1, weeks)));
        double[] expected = new double[HourOfWeek.COUNT];
        for (int index = 0; index < HourOfWeek.COUNT; index++) {
            expected[index] = median(index, weights);
            if (Double.isNaN(expected[index])) {
                return null;
            }
        }
        return new LoadForecast(zone, expected, expected, QuietPrior.factors(weeks), shape, weeks, samples(back),
                Forecaster.WEEKLY_MODEL);
    }

    /** The weeks of history a fit at the end has (weeks holding a known hour, of the last {@code MAX_WEEKS}). */
    int weeksAtEnd() {
        return weeks(0);
    }

    /** The known hours a fit at the end weighs. */
    int samplesAtEnd() {
        return samples(0);
    }

    /** The weeks of history a replay {@code back} weeks before the end has. */
    private int weeks(int back) {
        int weeks = 0;
        for (int age = back; age < back + Forecaster.MAX_WEEKS && age < hoursByAge.length; age++) {
            weeks += hoursByAge[age] > 0 ? 1 : 0;
        }
        return weeks;
    }

    /** Own hour, neighbouring hours, similar days: borrowing fades as history grows ({@link Forecaster}). */
    private static double[] kindWeights(double shortHistory) {
        return new double[]{1, Forecaster.NEIGHBOUR_HOUR_WEIGHT * Math.sqrt(shortHistory),
                Forecaster.SIMILAR_DAY_WEIGHT * shortHistory};
    }

    private int samples(int back) {
        int samples = 0;
        for (int age = back; age < back + Forecaster.MAX_WEEKS && age < hoursByAge.length; age++) {
            samples += hoursByAge[age];
        }
        return samples;
    }

    /**
     * Each tag's weight in a replay {@code back} weeks earlier: its kind's weight times its age's there, 0 for the ages
     * that replay does not see.
     */
    private static double[] weightsByTag(int back, double[] kindWeights) {
        double[] weights = new double[kindWeights.length * KIND];
        for (int kind = 0; kind < kindWeights.length; kind++) {
            for (int age = back; age < back + Forecaster.MAX_WEEKS && age < KIND; age++) {
                weights[kind * KIND + age] = Forecaster.weight(age - back) * kindWeights[kind];
            }
        }
        return weights;
    }

    /** The weighted median of the hour's kernel, each value weighing {@code weights[its tag]}; NaN if all weigh 0. */
    private double median(int index, double[] weights) {
        return quantile(index, weights, 0.5);
    }

    /**
     * Each hour's expected load and p90 as {@link Forecaster#fit} reads them at the end: the weighted median of its
     * kernel and the weighted 90th percentile of its own values (of the kernel while it has under two); both NaN for an
     * hour whose kernel is empty.
     */
    double[][] atEnd() {
        double[] kernel = weightsByTag(0, kindWeights(1.0 / Math.max(1, weeks(0))));
        double[] own = weightsByTag(0, new double[]{1, 0, 0});
        double[] expected = new double[HourOfWeek.COUNT];
        double[] p90 = new double[HourOfWeek.COUNT];
        for (int index = 0; index < HourOfWeek.COUNT; index++) {
            expected[index] = quantile(index, kernel, 0.5);
            double spread = quantile(index, count(index, own) >= 2 ? own : kernel, 0.9);
            p90[index] = Double.isNaN(expected[index]) ? Double.NaN : Math.max(expected[index], spread);
        }
        return new double[][]{expected, p90};
    }

    /**
     * The smallest value of the hour's kernel whose cumulative weight reaches {@code q} of the total, each value
     * weighing {@code weights[its tag]}; NaN if all weigh 0.
     */
    private double quantile(int index, double[] weights, double q) {
        double[] sorted = values[index];
        short[] tag = tags[index];
        double[] cumulative = scratch(sorted.length);
        double total = 0;
        for (int i = 0; i < sorted.length; i++) {
            total += weights[tag[i]];
            cumulative[i] = total;
        }
        if (total == 0) {
            return Double.NaN;
        }
        int first = firstReaching(cumulative, sorted.length, q * total);
        return first < sorted.length ? sorted[first] : sorted[lastWeighed(tag, weights)];
    }

    /**
     * The first place where the running sum reaches {@code threshold}: a value of weight above 0, since the sum grew
     * there. A binary search, the sums never falling.
     */
    private static int firstReaching(double[] cumulative, int size, double threshold) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] >= threshold) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private static int lastWeighed(short[] tag, double[] weights) {
        int last = tag.length - 1;
        while (weights[tag[last]] == 0) {
            last--;
        }
        return last;
    }

    /** A buffer for running sums, kept between calls: a fit's replays run on one thread. */
    private double[] scratch(int size) {
        if (cumulative.length < size) {
            cumulative = new double[size];
        }
        return cumulative;
    }

    private int count(int index, double[] weights) {
        int count = 0;
        for (short tag : tags[index]) {
            count += weights[tag] > 0 ? 1 : 0;
        }
        return count;
    }
}
