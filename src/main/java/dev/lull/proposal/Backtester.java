package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.lull.schedule.Interval;

/** Replays the engine on past weeks, each with only the data before it, and scores its choice against hindsight. */
public final class Backtester {
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration STEP = Duration.ofHours(1);

    private final ProposalEngine engine;

    public Backtester(ProposalEngine engine) {
        this.engine = engine;
    }

    /** The last {@code weeks} whole weeks ending at {@code now} (rounded down to the hour); weeks with gaps are skipped. */
    public Backtest run(LoadSeries history, Duration duration, int weeks, Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.HOURS);
        List<BacktestWeek> scored = new ArrayList<>();
        for (int k = weeks; k >= 1; k--) {
            Interval week = new Interval(end.minus(WEEK.multipliedBy(k)), end.minus(WEEK.multipliedBy(k - 1)));
            if (complete(history, week)) {
                scored.add(score(history, week, duration));
            }
        }
        double[] regrets = scored.stream().mapToDouble(BacktestWeek::regret).toArray();
        return new Backtest(scored, median(regrets));
    }

    private BacktestWeek score(LoadSeries history, Interval week, Duration duration) {
        ProposalRequest request = new ProposalRequest(week.start(), week.end(), duration, STEP, 1);
        Interval chosen = toInterval(engine.propose(history, request, List.of()).candidates().get(0));
        LoadCurve actual = LoadCurve.of(week, instant -> history.messagesAt(instant.truncatedTo(ChronoUnit.HOURS)));
        List<Interval> windows = WindowSearch.freeWindows(request, List.of());
        Interval best = WindowSearch.bestDisjoint(windows, actual::hourlyMean, 1).get(0);
        double regret = BacktestWeek.regret(actual.hourlyMean(chosen), actual.hourlyMean(best),
                actual.hourlyMean(week));
        return new BacktestWeek(week, chosen, best, regret);
    }

    private static boolean complete(LoadSeries history, Interval week) {
        for (Instant hour = week.start(); hour.isBefore(week.end()); hour = hour.plus(STEP)) {
            if (Double.isNaN(history.messagesAt(hour))) {
                return false;
            }
        }
        return true;
    }

    private static Interval toInterval(Candidate candidate) {
        return new Interval(candidate.start(), candidate.end());
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
