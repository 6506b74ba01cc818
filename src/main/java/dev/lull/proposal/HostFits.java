package dev.lull.proposal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.load.HourlyTotals;
import dev.lull.load.LoadQueries;

/**
 * Hosts' fits, made from their history and kept in {@link FitCache}: for the hour a request is in, or ahead of time
 * for the next hour. A fit for an hour reads the history before the hour before it ({@link #cutoff}), so that the
 * next hour's fit can be made at any time in the current hour and is still the very fit a request in that hour would
 * make, while samples of the current hour keep arriving, after the hour has turned too.
 */
@ApplicationScoped
class HostFits {
    private static final Duration RAW_DEPTH = Duration.ofDays(35);
    private static final Duration LAG = Duration.ofHours(1);
    private final LoadQueries load;
    private final FitCache fits;
    private final ProposalVersions versions;
    private final ProposalConfig config;
    private final ProposalEngine engine = new ProposalEngine();

    HostFits(LoadQueries load, FitCache fits, ProposalVersions versions, ProposalConfig config) {
        this.load = load;
        this.fits = fits;
        this.versions = versions;
        this.config = config;
    }

    /** Where the history a fit for {@code hour} reads ends: the start of the hour before it. */
    static Instant cutoff(Instant hour) {
        return hour.truncatedTo(ChronoUnit.HOURS).minus(LAG);
    }

    /**
     * The host's fit for the hour of {@code now}, reused within the hour while the version of the history it reads
     * stays the same: samples of the hour itself and of the hour before leave it standing.
     */
    Fitted fitted(long hostId, String zone, boolean withRaw, Instant now) {
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        return fits.get(hostId, zone, withRaw, hour, versions.history(hostId, cutoff(hour)), now,
                () -> engine.fit(history(hostId, ZoneId.of(zone), cutoff(hour), withRaw), now));
    }

    /** Makes the fit of an asked host for {@code hour} (a coming hour) unless held; whether one was made. */
    boolean makeAhead(FitCache.Asked asked, Instant hour) {
        return fits.makeAhead(asked, hour, versions.history(asked.hostId(), cutoff(hour)),
                () -> engine.fit(history(asked.hostId(), ZoneId.of(asked.zone()), cutoff(hour), asked.withRaw()),
                        hour));
    }

    /**
     * The host's history before the hour of {@code until}: {@code historyWeeks} of hourly totals, and with
     * {@code withRaw} the last 35 days of 5-minute samples too, unless none of those days' hours holds a sample per
     * 5 minutes: the engine learns only from whole hours ({@link WithinHourShape}), so the fit is the same without.
     */
    LoadSeries history(long hostId, ZoneId zone, Instant until, boolean withRaw) {
        Instant end = until.truncatedTo(ChronoUnit.HOURS);
        Instant start = end.minus(Duration.ofDays(7L * config.historyWeeks()));
        HourlyTotals hours = load.hourlyTotals(hostId, start, end);
        LoadSeries series = LoadSeries.hourly(zone, start, hours.totals());
        Instant rawStart = end.minus(RAW_DEPTH).isBefore(start) ? start : end.minus(RAW_DEPTH);
        if (!withRaw || !hours.wholeHoursFrom((int) Duration.between(start, rawStart).toHours())) {
            return series;
        }
        return series.withFiveMinuteSamplesFrom(rawStart, load.fiveMinuteTotals(hostId, rawStart, end));
    }
}
