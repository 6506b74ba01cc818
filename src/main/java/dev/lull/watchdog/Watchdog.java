package dev.lull.watchdog;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.lull.change.ChangeRequest;
import dev.lull.load.SamplesStored;

/**
 * Watches the open windows: after each ingest for the hosts it touched (one indexed query when no window is
 * open), and from the job for stale data. Each change's row is locked while it is decided, so a move is recorded and
 * announced once, whichever replica sees it.
 */
@ApplicationScoped
public class Watchdog {
    private static final Logger LOG = Logger.getLogger(Watchdog.class);
    private final WatchReadings readings;
    private final WatchPolicies policies;
    private final WatchMoves moves;
    private final Clock clock;

    Watchdog(WatchReadings readings, WatchPolicies policies, WatchMoves moves, Clock clock) {
        this.readings = readings;
        this.policies = policies;
        this.moves = moves;
        this.clock = clock;
    }

    /** After a batch of samples committed: decide the open windows on its hosts; a failure never fails the ingest. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) SamplesStored batch) {
        try {
            onHosts(batch.hostIds());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Watching the windows of hosts %s after an ingest failed; the job retries", batch.hostIds());
        }
    }

    /** Decides the open windows on these hosts now; the number decided. */
    @Transactional
    public int onHosts(Collection<Long> hostIds) {
        Instant now = clock.instant();
        List<ChangeRequest> open = hostIds.isEmpty() ? List.of() : OpenWindows.onHosts(now, hostIds);
        open.forEach(change -> decide(change, now));
        return open.size();
    }

    /** Decides every open window now and turns off the watches of closed ones; the number decided. */
    @Transactional
    public int everyOpenWindow() {
        Instant now = clock.instant();
        List<ChangeRequest> open = OpenWindows.at(now);
        open.forEach(change -> decide(change, now));
        List<Long> openIds = open.stream().map(c -> c.id).toList();
        ChangeWatch.<ChangeWatch>list("state <> ?1", WatchState.OFF).stream()
                .filter(watch -> !openIds.contains(watch.changeId))
                .forEach(watch -> moves.off(watch, now));
        return open.size();
    }

    private void decide(ChangeRequest change, Instant now) {
        ChangeWatch watch = ChangeWatch.locked(change.id, OpenWindows.openedAt(change));
        WatchPolicy policy = policies.of(change);
        WatchState previous = watch.state == WatchState.OFF ? WatchState.QUIET : watch.state;
        Verdict verdict = WatchEngine.decide(readings.input(change, now, policy, previous, watch.since,
                WatchReadings.lookBack(policy)));
        moves.apply(change, watch, verdict, policy, now);
    }
}
