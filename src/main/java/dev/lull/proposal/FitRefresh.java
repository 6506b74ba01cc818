package dev.lull.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Fits expire when the hour turns; so that no request pays for the next hour's fit, this job makes it shortly before
 * ({@code lull.proposals.refresh.ahead}) for every host whose fit was asked for in the last hour, the most recently
 * asked first, at most {@code max-fits} per hour, and never after the hour has turned. Each replica refreshes its own
 * cache. A fit made ahead reads the history before the current hour and is stamped with its version, so samples of
 * the current hour, late ones sent after the turn too, leave it standing, and an ingest of an earlier hour still
 * makes the next request fit again. It also drops the fits of past hours.
 */
@ApplicationScoped
class FitRefresh {
    private static final Logger LOG = Logger.getLogger(FitRefresh.class);
    private final FitCache cache;
    private final HostFits fits;
    private final ProposalConfig.Refresh config;
    private final Clock clock;
    private Instant madeFor = Instant.EPOCH;
    private int made;

    FitRefresh(FitCache cache, HostFits fits, ProposalConfig config, Clock clock) {
        this.cache = cache;
        this.fits = fits;
        this.config = config.refresh();
        this.clock = clock;
    }

    @Scheduled(every = "{lull.proposals.refresh.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        refresh();
    }

    /** Makes the next hour's fits if the hour is about to turn; how many were made in this run. */
    synchronized int refresh() {
        Instant now = clock.instant();
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        Instant next = hour.plus(Duration.ofHours(1));
        cache.dropBefore(hour);
        if (now.isBefore(next.minus(config.ahead()))) {
            return 0;
        }
        if (!madeFor.equals(next)) {
            madeFor = next;
            made = 0;
        }
        int before = made;
        for (FitCache.Asked asked : cache.askedSince(hour, now.minus(Duration.ofHours(1)))) {
            if (made >= config.maxFits() || !clock.instant().isBefore(next)) {
                break;
            }
            if (fits.makeAhead(asked, next)) {
                made++;
            }
        }
        if (made > before) {
            LOG.debugf("made %d fits for %s ahead of time", made - before, next);
        }
        return made - before;
    }
}
