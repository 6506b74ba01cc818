package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

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
        return propose(history, request, busy, Set.of());
    }

    /**
     * As {@link #propose(LoadSeries, ProposalRequest, List)}, with the host's {@code holidays} (local dates, past and
     * coming): a holiday in the period is forecast as its past holidays or its Sunday ({@link HolidayProfile}). Busy
     * time is what the windows avoid, holidays included when they are to be avoided.
     */
    public Proposal propose(LoadSeries history, ProposalRequest request, List<Interval> busy,
            Set<LocalDate> holidays) {
        Fitted fitted = fit(history, request.from());
        return propose(fitted, request, busy, holidays, Forecasted::of);
    }

    /** What the engine learns from the history known before {@code origin}; reusable for any later request. */
    public Fitted fit(LoadSeries history, Instant origin) {
        return Fitted.of(history.before(origin));
    }

    /** Proposals from an earlier fit whose history ends at or before {@code request.from()}; reuses its curves. */
    public Proposal propose(Fitted fitted, ProposalRequest request, List<Interval> busy) {
        return propose(fitted, request, busy, Set.of());
    }

    /** As {@link #propose(Fitted, ProposalRequest, List)}, with the host's holidays as above. */
    public Proposal propose(Fitted fitted, ProposalRequest request, List<Interval> busy, Set<LocalDate> holidays) {
        return propose(fitted, request, busy, holidays, fitted::curvesCovering);
    }

    private Proposal propose(Fitted fitted, ProposalRequest request, List<Interval> busy, Set<LocalDate> holidays,
            BiFunction<LoadForecast, Interval, Forecasted> curvesFor) {
        List<Interval> free = WindowSearch.freeWindows(request, busy);
        Interval span = new Interval(request.from(), request.to());
        if (fitted.forecast() == null) {
            return fallback(fitted, request, free, span);
        }
        LoadForecast forecast = fitted.forecast();
        Set<LocalDate> coming = fitted.within(holidays, span);
        LoadForecast withHolidays = fitted.forecast(holidays, span);
        Forecasted curves = curvesFor.apply(withHolidays, span);
        String holidayNote = withHolidays.holidayProfile() == null
                ? null
                : Reasons.holidays(withHolidays.holidayProfile());
        List<Interval> best = WindowSearch.bestDisjoint(free, curves.ranking()::hourlyMean, request.limit());
        List<Candidate> candidates = best.stream()
                .map(window -> candidate(window, fitted, curves, touching(coming, window, fitted.zone()), holidayNote))
                .toList();
        Basis basis = new Basis(forecast.weeks(), forecast.samples(), forecast.model());
        return new Proposal(fitted.zone(), request.duration(), request.from(), request.to(), basis, candidates);
    }

    private Candidate candidate(Interval window, Fitted fitted, Forecasted curves, List<LocalDate> holidays,
            String holidayNote) {
        LoadForecast forecast = fitted.forecast();
        double expected = curves.expected().total(window);
        double p90 = fitted.p90Total(window, expected, curves.p90().total(window), !holidays.isEmpty());
        double peakRatio = curves.expected().hourlyMean(window) / forecast.typicalPeak();
        String reason = Forecaster.FLAT_MODEL.equals(forecast.model())
                ? Reasons.flat(window, forecast.zone(), forecast.weeks())
                : Reasons.weekly(window, forecast.zone(), peakRatio, forecast.weeks());
        if (!holidays.isEmpty() && holidayNote != null) {
            reason = reason + "; " + Reasons.onHolidays(holidays, holidayNote);
        }
        Confidence confidence = Confidence.of(forecast.weeks(), fitted.calibration(), window.length(), expected, p90);
        return candidate(window, forecast.zone(), expected, peakRatio, p90, confidence, reason);
    }

    /** The holidays whose local day the window touches. */
    private static List<LocalDate> touching(Set<LocalDate> holidays, Interval window, ZoneId zone) {
        return holidays.stream().filter(d -> d.atStartOfDay(zone).toInstant().isBefore(window.end())
                && d.plusDays(1).atStartOfDay(zone).toInstant().isAfter(window.start())).sorted().toList();
    }

    private Proposal fallback(Fitted fitted, ProposalRequest request, List<Interval> free, Interval span) {
        ZoneId zone = fitted.zone();
        List<Interval> best = WindowSearch.bestDisjoint(free, window -> -quietShare(window, zone), request.limit());
        LoadForecast forecast = fitted.shortForecast();
        boolean anyData = forecast != null;
        Forecasted curves = anyData ? Forecasted.of(forecast, span) : null;
        List<Candidate> candidates = best.stream().map(window -> {
            String reason = Reasons.fallback(window, zone, quietHours, fitted.knownHours());
            if (!anyData) {
                return candidate(window, zone, null, null, null, Confidence.LOW, reason);
            }
            double peakRatio = curves.expected().hourlyMean(window) / forecast.typicalPeak();
            return candidate(window, zone, curves.expected().total(window), peakRatio, curves.p90().total(window),
                    Confidence.LOW, reason);
        }).toList();
        Basis basis = new Basis(0, fitted.knownHours(), FALLBACK_MODEL);
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
}
