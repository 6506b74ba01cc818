package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import dev.lull.schedule.Interval;

/** Proposes the windows of an upcoming period where planned downtime hurts a host least, and says why. */
public final class ProposalEngine {
    static final String FALLBACK_MODEL = "quiet-hours fallback";

    private final QuietHours quietHours;

    public ProposalEngine() {
        this(QuietHours.DEFAULT);
    }

    public ProposalEngine(QuietHours quietHours) {
        this.quietHours = quietHours;
    }

    /**
     * Best-first, pairwise-disjoint windows in {@code [from, to)} that overlap no {@code busy} interval, judged on the
     * history known before {@code from}; with under a week of history, windows in the quiet hours.
     */
    public Proposal propose(LoadSeries history, ProposalRequest request, List<Interval> busy) {
        Fitted fitted = fit(history, request.from());
        return propose(fitted, request, busy, span -> Forecasted.of(fitted.forecast(), span));
    }

    /** What the engine learns from the history known before {@code origin}; reusable for any later request. */
    public Fitted fit(LoadSeries history, Instant origin) {
        LoadSeries known = history.before(origin);
        return new Fitted(known, Forecaster.canForecast(known) ? Forecaster.fit(known, known.end()) : null);
    }

    /** Proposals from an earlier fit whose history ends at or before {@code request.from()}; reuses its curves. */
    public Proposal propose(Fitted fitted, ProposalRequest request, List<Interval> busy) {
        return propose(fitted, request, busy, fitted::curvesCovering);
    }

    private Proposal propose(Fitted fitted, ProposalRequest request, List<Interval> busy,
            Function<Interval, Forecasted> curvesFor) {
        LoadSeries known = fitted.known();
        List<Interval> free = WindowSearch.freeWindows(request, busy);
        Interval span = new Interval(request.from(), request.to());
        if (fitted.forecast() == null) {
            return fallback(known, request, free, span);
        }
        LoadForecast forecast = fitted.forecast();
        Forecasted curves = curvesFor.apply(span);
        List<Interval> best = WindowSearch.bestDisjoint(free, curves.ranking()::hourlyMean, request.limit());
        List<Candidate> candidates = best.stream().map(window -> candidate(window, fitted, curves)).toList();
        Basis basis = new Basis(forecast.weeks(), forecast.samples(), forecast.model());
        return new Proposal(known.zone(), request.duration(), request.from(), request.to(), basis, candidates);
    }

    /**
     * A fitted history: what was known, and its forecast (null when too short, so the fallback applies). Its load
     * curves over the next {@link #HORIZON} are computed once, on first use, and shared by every later request.
     */
    public static final class Fitted {
        static final Duration HORIZON = Duration.ofDays(100);
        private final LoadSeries known;
        private final LoadForecast forecast;
        private volatile Forecasted ahead;
        private volatile PastWeeks pastWeeks;

        Fitted(LoadSeries known, LoadForecast forecast) {
            this.known = known;
            this.forecast = forecast;
        }

        public LoadSeries known() {
            return known;
        }

        public LoadForecast forecast() {
            return forecast;
        }

        /** Curves covering {@code span}: the shared ones when it lies within the horizon, else made for it. */
        Forecasted curvesCovering(Interval span) {
            Interval horizon = Interval.of(known.end(), HORIZON);
            if (span.start().isBefore(horizon.start()) || span.end().isAfter(horizon.end())) {
                return Forecasted.of(forecast, span);
            }
            Forecasted curves = ahead;
            if (curves == null) {
                curves = Forecasted.of(forecast, horizon);
                ahead = curves;
            }
            return curves;
        }

        /**
         * The recency-weighted 90th percentile of the window's total over past weeks, at least {@code expected}; the
         * sum of hourly p90s ({@code hourlyP90}) for the flat model or with fewer than two weeks holding the window.
         */
        double p90Total(Interval window, double expected, double hourlyP90) {
            if (Forecaster.FLAT_MODEL.equals(forecast.model())) {
                return hourlyP90;
            }
            PastWeeks weeks = pastWeeks;
            if (weeks == null) {
                weeks = PastWeeks.of(known, known.end());
                pastWeeks = weeks;
            }
            double p90 = weeks.quantileOfTotals(window, forecast.shape(), 0.9);
            return Double.isNaN(p90) ? hourlyP90 : Math.max(expected, p90);
        }
    }

    private Candidate candidate(Interval window, Fitted fitted, Forecasted curves) {
        LoadForecast forecast = fitted.forecast();
        double expected = curves.expected().total(window);
        double p90 = fitted.p90Total(window, expected, curves.p90().total(window));
        double peakRatio = curves.expected().hourlyMean(window) / forecast.typicalPeak();
        String reason = Forecaster.FLAT_MODEL.equals(forecast.model())
                ? Reasons.flat(window, forecast.zone(), forecast.weeks())
                : Reasons.weekly(window, forecast.zone(), peakRatio, forecast.weeks());
        Confidence confidence = Confidence.of(forecast.weeks(), expected, p90);
        return candidate(window, forecast.zone(), expected, peakRatio, p90, confidence, reason);
    }

    private Proposal fallback(LoadSeries known, ProposalRequest request, List<Interval> free, Interval span) {
        ZoneId zone = known.zone();
        List<Interval> best = WindowSearch.bestDisjoint(free, window -> -quietShare(window, zone), request.limit());
        boolean anyData = known.knownHours() > 0;
        LoadForecast forecast = anyData ? Forecaster.fit(known, known.end()) : null;
        Forecasted curves = anyData ? Forecasted.of(forecast, span) : null;
        List<Candidate> candidates = best.stream().map(window -> {
            String reason = Reasons.fallback(window, zone, quietHours, known.knownHours());
            if (!anyData) {
                return candidate(window, zone, null, null, null, Confidence.LOW, reason);
            }
            double peakRatio = curves.expected().hourlyMean(window) / forecast.typicalPeak();
            return candidate(window, zone, curves.expected().total(window), peakRatio, curves.p90().total(window),
                    Confidence.LOW, reason);
        }).toList();
        Basis basis = new Basis(0, known.knownHours(), FALLBACK_MODEL);
        return new Proposal(zone, request.duration(), request.from(), request.to(), basis, candidates);
    }

    /** The share of a window, in 5-minute steps, that falls inside the quiet hours on the local clock. */
    private double quietShare(Interval window, ZoneId zone) {
        int inside = 0;
        int total = 0;
        Duration step = LoadSeries.FIVE_MINUTES;
        for (Instant at = window.start(); at.isBefore(window.end()); at = at.plus(step)) {
            inside += quietHours.contains(at.atZone(zone).toLocalTime()) ? 1 : 0;
            total++;
        }
        return inside / (double) total;
    }

    private static Candidate candidate(Interval window, ZoneId zone, Double expected, Double peakRatio, Double p90,
            Confidence confidence, String reason) {
        return new Candidate(window.start(), window.end(), window.start().atZone(zone).toOffsetDateTime(),
                window.end().atZone(zone).toOffsetDateTime(), expected, peakRatio, p90, confidence, reason);
    }

    /** The expected, p90 and ranking load curves of a forecast over a span. */
    private record Forecasted(LoadCurve expected, LoadCurve p90, LoadCurve ranking) {
        static Forecasted of(LoadForecast forecast, Interval span) {
            return new Forecasted(LoadCurve.of(span, forecast.zone(), forecast::expectedAtLocal),
                    LoadCurve.of(span, forecast.zone(), forecast::p90AtLocal),
                    LoadCurve.of(span, forecast.zone(), forecast::rankingAtLocal));
        }
    }
}
