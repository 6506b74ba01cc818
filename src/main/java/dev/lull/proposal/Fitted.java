package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

import dev.lull.platform.Bytes;
import dev.lull.schedule.Interval;

/**
 * What the engine keeps of a host's history once fitted, reusable for any later request: the forecast (168
 * hour-of-week figures and spreads, the within-hour shape), the past weeks' hourly totals for window spreads, and the
 * few facts the fallback needs — never the raw history, and no load curves: those are derived per request.
 */
public final class Fitted {
    /** Requests within this span after the history's end read curves that start at its end, as all used to. */
    static final Duration HORIZON = Duration.ofDays(100);
    private final ZoneId zone;
    private final Instant end;
    private final int knownHours;
    private final LoadForecast forecast;
    private final LoadForecast shortForecast;
    private final PastWeeks pastWeeks;
    private final RiskCalibration calibration;

    private Fitted(LoadSeries known, LoadForecast forecast, LoadForecast shortForecast, PastWeeks pastWeeks,
            RiskCalibration calibration) {
        this.zone = known.zone();
        this.end = known.end();
        this.knownHours = known.knownHours();
        this.forecast = forecast;
        this.shortForecast = shortForecast;
        this.pastWeeks = pastWeeks;
        this.calibration = calibration;
    }

    /** Fits everything {@code known}; with under a week of it, only what the quiet-hours fallback shows. */
    static Fitted of(LoadSeries known) {
        if (!Forecaster.canForecast(known)) {
            LoadForecast shortForecast = known.knownHours() > 0 ? Forecaster.fit(known, known.end()) : null;
            return new Fitted(known, null, shortForecast, null, RiskCalibration.NONE);
        }
        ReplayKernels kernels = ReplayKernels.of(known, RiskCalibration.WEEKS);
        LoadForecast forecast = Forecaster.fit(known, known.end(), kernels);
        if (Forecaster.FLAT_MODEL.equals(forecast.model())) {
            return new Fitted(known, forecast, null, null, RiskCalibration.NONE);
        }
        PastWeeks pastWeeks = PastWeeks.of(known, known.end());
        return new Fitted(known, forecast, null, pastWeeks,
                RiskCalibration.of(known, forecast, pastWeeks, kernels));
    }

    /** The forecast; null when the history is too short, so the fallback applies. */
    public LoadForecast forecast() {
        return forecast;
    }

    /** The forecast of a too-short history, for the figures the fallback shows; null without any history. */
    LoadForecast shortForecast() {
        return shortForecast;
    }

    ZoneId zone() {
        return zone;
    }

    /** The end of the history fitted on. */
    Instant end() {
        return end;
    }

    int knownHours() {
        return knownHours;
    }

    /**
     * The forecast with the local {@code holidays} that lie in {@code span} forecast as holidays
     * ({@link HolidayProfile}); the forecast itself when none does, or for the flat model.
     */
    LoadForecast forecast(Set<LocalDate> holidays, Interval span) {
        Set<LocalDate> coming = within(holidays, span);
        if (coming.isEmpty() || pastWeeks == null) {
            return forecast;
        }
        return forecast.onHolidays(coming, holidayProfile(holidays));
    }

    /** How a holiday is forecast from this fit, given the host's holidays (past ones among them count). */
    HolidayProfile holidayProfile(Set<LocalDate> holidays) {
        return HolidayProfile.of(pastWeeks, forecast, holidays, end);
    }

    /** The holidays whose local day overlaps {@code span}. */
    Set<LocalDate> within(Set<LocalDate> holidays, Interval span) {
        LocalDate first = span.start().atZone(zone).toLocalDate();
        LocalDate last = span.end().atZone(zone).toLocalDate();
        return holidays.stream().filter(d -> !d.isBefore(first) && !d.isAfter(last)
                && d.atStartOfDay(zone).toInstant().isBefore(span.end())).collect(Collectors.toSet());
    }

    /**
     * Curves of {@code forecast} (this fit's, maybe with holidays) covering {@code span}, from the history's end when
     * the span lies within the horizon (same sums).
     */
    Forecasted curvesCovering(LoadForecast forecast, Interval span) {
        Interval horizon = Interval.of(end, HORIZON);
        if (span.start().isBefore(horizon.start()) || span.end().isAfter(horizon.end())) {
            return Forecasted.of(forecast, span);
        }
        return Forecasted.of(forecast, new Interval(end, span.end()));
    }

    /**
     * The recency-weighted 90th percentile of the window's total over past weeks, or the sum of hourly p90s
     * ({@code hourlyP90}) with fewer than two weeks holding the window or when it touches a holiday (its past weeks
     * were no holidays), times the {@link RiskCalibration} factor of its duration, at least {@code expected}; the sum
     * of hourly p90s as it is for the flat model.
     */
    double p90Total(Interval window, double expected, double hourlyP90, boolean onHoliday) {
        if (pastWeeks == null) {
            return hourlyP90;
        }
        double p90 = onHoliday
                ? Double.NaN
                : pastWeeks.quantileOfTotals(window, forecast.shape(), RiskCalibration.LEVEL);
        double raw = Double.isNaN(p90) ? hourlyP90 : Math.max(expected, p90);
        return Math.max(expected, raw * calibration.factor(window.length()));
    }

    /** The host's own backtest behind the p90 of windows of {@code duration}. */
    RiskCalibration calibration() {
        return calibration;
    }

    /** Estimated retained bytes (the zone is shared by every fit in it). */
    long bytes() {
        long own = Bytes.object(6, 4) + Bytes.INSTANT + (calibration == RiskCalibration.NONE ? 0 : calibration.bytes());
        return own + (forecast == null ? 0 : forecast.bytes()) + (shortForecast == null ? 0 : shortForecast.bytes())
                + (pastWeeks == null ? 0 : pastWeeks.bytes());
    }
}
