package dev.lull.watchdog;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.lull.inventory.Host;
import dev.lull.load.LoadQueries;
import dev.lull.platform.Bytes;
import dev.lull.platform.Caches;
import dev.lull.platform.StampedCache;
import dev.lull.proposal.LoadForecast;
import dev.lull.proposal.ProposalDesk;

/**
 * Each watched host's band for the current hour of a change's open window, read once an hour from the proposals'
 * forecast with the host's level tonight, so an ingest during the window (which moves the host's history version)
 * does not refit the forecast. Holds {@value #SHARE} of the cache budget, by estimated bytes (cache
 * {@code watchdog-bands} on {@code /q/metrics}).
 */
@ApplicationScoped
class WatchBands {
    static final double SHARE = 0.01;
    private final ProposalDesk proposals;
    private final LoadQueries load;
    private final StampedCache<Key, Stamp, HostBand> bands;

    WatchBands(ProposalDesk proposals, LoadQueries load, Caches caches) {
        this.proposals = proposals;
        this.load = load;
        this.bands = caches.stamped("watchdog-bands", SHARE, Duration.ofHours(1),
                (key, band) -> Bytes.object(0, 16) + band.bytes());
    }

    /**
     * The host's band over [now's hour − {@code reach}, now's hour + 1 h] for the change's window opened at
     * {@code openedAt}, and its level tonight; made once for the hour, whoever asks.
     */
    HostBand of(long changeId, Host host, Instant openedAt, Instant now, Duration reach) {
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        Instant from = hour.minus(reach).truncatedTo(ChronoUnit.HOURS);
        boolean open = !now.isBefore(openedAt);
        return bands.get(new Key(changeId, host.id), new Stamp(hour, from, openedAt, open, host.timeZone),
                () -> made(host, open, openedAt, from, hour.plus(Duration.ofHours(1)).plus(WatchReadings.STEP)));
    }

    /** The band; the level only once the window has opened, when the half hour before it is all past. */
    private HostBand made(Host host, boolean open, Instant openedAt, Instant from, Instant to) {
        return proposals.forecast(host).map(forecast -> {
            Band band = band(forecast);
            if (!open) {
                return new HostBand(StepBand.of(band, from, to, WatchReadings.STEP), null);
            }
            Instant before = openedAt.minus(SpanAverage.REFERENCE);
            List<Bin> reference = load.series(host.id, ZoneOffset.UTC, before, openedAt, WatchReadings.STEP)
                    .stream().map(p -> new Bin(p.at(), p.messages())).toList();
            return new HostBand(StepBand.of(band, from, to, WatchReadings.STEP),
                    SpanAverage.level(reference, band, openedAt, WatchReadings.STEP));
        }).orElse(HostBand.NONE);
    }

    static Band band(LoadForecast forecast) {
        return new Band() {
            @Override
            public double expected(Instant at) {
                return forecast.expectedRate(at);
            }

            @Override
            public double p90(Instant at) {
                return forecast.p90Rate(at);
            }
        };
    }

    /** A host's band for an hour and its level tonight (null when not known). */
    record HostBand(Band band, Double level) {
        static final HostBand NONE = new HostBand(Band.NONE, null);

        long bytes() {
            return Bytes.object(2, 0) + (level == null ? 0 : Bytes.BOXED)
                    + (band instanceof StepBand steps ? steps.bytes() : 0);
        }
    }

    /** Which band: a change's, for one of its hosts. */
    private record Key(long changeId, long hostId) {
    }

    /**
     * The hour it holds for, from where, the window's opening its level is read before, whether it had opened, and the
     * host's zone.
     */
    private record Stamp(Instant hour, Instant from, Instant openedAt, boolean open, String zone) {
    }
}
