package dev.lull.proposal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What the appserver's holiday-week regret is made of (an analysis main, not a test), holidays avoided: the mean of the
 * holiday weeks and of the others, how much of the holiday weeks' total the largest weeks carry, how many weeks of each
 * kind lie in each regret band, a 95 % bootstrap interval of the holiday weeks' mean, and how often 41 weeks drawn at
 * random from all scored weeks have a mean as high (a permutation test). Arguments: [WINDOW_HOURS...].
 */
final class HolidayRegretMix {
    private static final double[] BANDS = {0.005, 0.03, 0.1};
    private static final int DRAWS = 20_000;

    public static void main(String[] args) throws Exception {
        EvalSeries series = EvalSeries.read(Path.of("../shared/data/appserver/traffic_stats_HOURLY_CHs.csv"));
        for (String arg : args.length == 0 ? new String[]{"2"} : args) {
            int w = Integer.parseInt(arg);
            EvalHolidayWeeks.Figures figures = EvalHolidayWeeks.measure(series, w, true);
            report(w, figures.holidayWeekRegrets(), figures.otherWeekRegrets());
        }
    }

    private static void report(int w, List<Double> holiday, List<Double> other) {
        double total = sum(holiday);
        System.out.printf(Locale.ROOT, "W = %d h: %d holiday weeks, mean %.4f; %d other weeks, mean %.4f%n", w,
                holiday.size(), total / holiday.size(), other.size(), sum(other) / other.size());
        List<Double> sorted = new ArrayList<>(holiday);
        sorted.sort(Collections.reverseOrder());
        double carried = 0;
        for (int top = 1; top <= 4; top++) {
            carried += sorted.get(top - 1);
            System.out.printf(Locale.ROOT, "  largest %d holiday weeks carry %.0f %% of their total; the other %d weeks"
                    + " mean %.4f%n", top, 100 * carried / total, holiday.size() - top,
                    (total - carried) / (holiday.size() - top));
        }
        System.out.printf(Locale.ROOT, "  weeks by regret band   %s%n", bandHeader());
        System.out.printf(Locale.ROOT, "  holiday weeks          %s%n", bands(holiday));
        System.out.printf(Locale.ROOT, "  other weeks            %s%n", bands(other));
        Random random = new Random(15);
        double[] means = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            double drawn = 0;
            for (int j = 0; j < holiday.size(); j++) {
                drawn += holiday.get(random.nextInt(holiday.size()));
            }
            means[i] = drawn / holiday.size();
        }
        java.util.Arrays.sort(means);
        List<Double> all = new ArrayList<>(holiday);
        all.addAll(other);
        int asHigh = 0;
        for (int i = 0; i < DRAWS; i++) {
            Collections.shuffle(all, random);
            asHigh += sum(all.subList(0, holiday.size())) >= total ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "  holiday weeks' mean, 95 %% bootstrap interval %.4f..%.4f; share of draws "
                + "<= 0.02: %.3f%n", means[DRAWS / 40], means[DRAWS - DRAWS / 40], share(means, 0.02));
        System.out.printf(Locale.ROOT, "  %d weeks drawn at random from all %d have a mean >= the holiday weeks' in "
                + "%.1f %% of %d draws%n", holiday.size(), all.size(), 100.0 * asHigh / DRAWS, DRAWS);
    }

    private static String bandHeader() {
        return String.format(Locale.ROOT, "< %.3f  %.3f-%.3f  %.3f-%.3f  >= %.3f", BANDS[0], BANDS[0], BANDS[1],
                BANDS[1], BANDS[2], BANDS[2]);
    }

    private static String bands(List<Double> regrets) {
        int[] counts = new int[BANDS.length + 1];
        for (double r : regrets) {
            int band = 0;
            while (band < BANDS.length && r >= BANDS[band]) {
                band++;
            }
            counts[band]++;
        }
        StringBuilder line = new StringBuilder();
        for (int count : counts) {
            line.append(String.format(Locale.ROOT, "%5.1f %%     ", 100.0 * count / regrets.size()));
        }
        return line.toString().trim();
    }

    private static double share(double[] sortedMeans, double limit) {
        int n = 0;
        while (n < sortedMeans.length && sortedMeans[n] <= limit) {
            n++;
        }
        return n / (double) sortedMeans.length;
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }
}
