package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.lull.platform.Bytes;
import dev.lull.schedule.Interval;

/**
 * Conformal inflation of {@code p90Messages} from the host's own backtest. The window the engine chooses is the
 * cheapest of many, so its past weeks look quieter than its next one will be (selection), and a quantile of a few
 * weighted weeks is optimistic. At each fit the engine replays itself on the last {@value #WEEKS} weeks, each fitted on
 * the weeks before it only (the fit's weekly model and within-hour shape kept), one window per reference duration, and
 * scores each choice as its real total ÷ its stated p90 (a window fewer than two past weeks hold scores nothing). A
 * window's p90 is then multiplied by the weighted conformal 90th percentile of those scores: the smallest score whose
 * weight reaches 90 % of the replays' weight plus the coming week's; the largest score when none does.
 */
final class RiskCalibration {
    static final int WEEKS = 13;
    static final double LEVEL = 0.9;
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration STEP = Duration.ofHours(1);
    private static final List<Duration> REFERENCES = List.of(Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofHours(4), Duration.ofHours(8));
    static final RiskCalibration NONE = new RiskCalibration(new double[REFERENCES.size()], new int[REFERENCES.size()]);

    private final double[] factors;
    private final int[] replays;

    private RiskCalibration(double[] factors, int[] replays) {
        this.factors = factors;
        this.replays = replays;
    }

    /** Replays the engine on the last weeks of {@code known} (its {@code kernels}), reading totals from {@code past}. */
    static RiskCalibration of(LoadSeries known, LoadForecast forecast, PastWeeks past, ReplayKernels kernels) {
        WeightedSample[] scores = new WeightedSample[REFERENCES.size()];
        for (int r = 0; r < scores.length; r++) {
            scores[r] = new WeightedSample();
        }
        double[] expectedSums = new double[LoadCurve.length(Interval.of(known.end(), WEEK))];
        double[] rankingSums = new double[expectedSums.length];
        for (int back = 1; back <= WEEKS && kernels.hasWeek(back); back++) {
            Instant origin = known.end().minus(WEEK.multipliedBy(back));
            LoadForecast replay = kernels.replay(back, forecast.shape());
            if (replay == null) {
                replay = Forecaster.replay(known, origin, forecast.shape());
            }
            Interval week = Interval.of(origin, WEEK);
            LoadCurve expected = LoadCurve.of(week, replay, LoadForecast.Rate.EXPECTED, expectedSums);
            LoadCurve ranking = LoadCurve.of(week, replay, LoadForecast.Rate.RANKING, rankingSums);
            for (int r = 0; r < scores.length; r++) {
                double score = score(expected, ranking, past, forecast.shape(), REFERENCES.get(r), week);
                scores[r].add(score, Forecaster.weight(back - 1));
            }
        }
        double[] factors = new double[scores.length];
        int[] replays = new int[scores.length];
        for (int r = 0; r < scores.length; r++) {
            replays[r] = scores[r].size();
            factors[r] = replays[r] == 0 ? 1 : scores[r].conformalQuantile(LEVEL, Forecaster.weight(-1));
        }
        return new RiskCalibration(factors, replays);
    }

    /** The chosen window's real total ÷ its stated p90 (at least the expected), NaN when a needed hour is missing. */
    private static double score(LoadCurve expected, LoadCurve ranking, PastWeeks past, WithinHourShape shape,
            Duration duration, Interval week) {
        Interval chosen = quietest(ranking, week, duration);
        double p90 = Math.max(expected.total(chosen), past.quantileOfTotals(chosen, shape, LEVEL));
        return p90 > 0 ? past.totalOf(chosen, shape) / p90 : Double.NaN;
    }

    /**
     * The window of {@code duration} the engine would choose in {@code week}: of those starting on whole hours, the
     * quietest by {@code ranking} ({@link WindowSearch#lowest}).
     */
    private static Interval quietest(LoadCurve ranking, Interval week, Duration duration) {
        long step = STEP.toSeconds();
        long first = -Math.floorDiv(-(week.start().getEpochSecond() + (week.start().getNano() > 0 ? 1 : 0)), step)
                * step;
        long length = duration.toSeconds();
        int count = (int) Math.max(0, Math.floorDiv(week.end().getEpochSecond() - length - first, step) + 1);
        double[] scores = new double[count];
        for (int i = 0; i < count; i++) {
            scores[i] = ranking.hourlyMean(first + i * step, first + i * step + length);
        }
        return Interval.of(Instant.ofEpochSecond(first + WindowSearch.lowest(scores) * step), duration);
    }

    /** The factor for windows of {@code duration}: that of the nearest reference duration (by ratio); 1 without replays. */
    double factor(Duration duration) {
        return replays[nearest(duration)] == 0 ? 1 : factors[nearest(duration)];
    }

    /** The replayed weeks that scored, for windows of {@code duration} (its nearest reference duration). */
    int replays(Duration duration) {
        return replays[nearest(duration)];
    }

    private static int nearest(Duration duration) {
        int nearest = 0;
        for (int r = 1; r < REFERENCES.size(); r++) {
            nearest = distance(duration, REFERENCES.get(r)) < distance(duration, REFERENCES.get(nearest)) ? r : nearest;
        }
        return nearest;
    }

    private static double distance(Duration a, Duration b) {
        return Math.abs(Math.log((double) a.toSeconds() / b.toSeconds()));
    }

    /** Estimated retained bytes. */
    long bytes() {
        return Bytes.object(2, 0) + Bytes.doubles(REFERENCES.size()) + Bytes.floats(REFERENCES.size());
    }
}
