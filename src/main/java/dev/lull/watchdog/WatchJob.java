package dev.lull.watchdog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import dev.lull.platform.AdvisoryLocks;

/**
 * The watchdog's job: every {@code lull.watchdog.check-every} it decides every open window, so that a host that
 * stopped sending turns UNKNOWN and a closed window's watch turns OFF. One replica at a time (an advisory lock).
 */
@ApplicationScoped
public class WatchJob {
    private static final Logger LOG = Logger.getLogger(WatchJob.class);
    private static final long LOCK_KEY = 0x4c756c6c57617463L;
    private final Watchdog watchdog;

    WatchJob(Watchdog watchdog) {
        this.watchdog = watchdog;
    }

    @Scheduled(identity = "load-watchdog", every = "{lull.watchdog.check-every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int decided = run();
        LOG.debugf("Load watchdog: %d open window(s) decided", decided);
    }

    /** Decides every open window now; -1 when another replica holds the lock. */
    @Transactional
    public int run() {
        if (!AdvisoryLocks.tryTransactionLock(LOCK_KEY)) {
            return -1;
        }
        return watchdog.everyOpenWindow();
    }
}
