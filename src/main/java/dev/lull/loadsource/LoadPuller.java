package dev.lull.loadsource;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

import dev.lull.load.BadSample;
import dev.lull.platform.ApiProblem;

/**
 * The pull job: leases the load sources no other replica holds and pulls each host's complete steps from
 * Prometheus, page by page, storing each page with its progress, so a crash or restart resumes where it stopped.
 */
@ApplicationScoped
public class LoadPuller {
    private static final Logger LOG = Logger.getLogger(LoadPuller.class);
    private final PullStore store;
    private final SourceHealth health;
    private final PageWriter writer;
    private final PrometheusClient prometheus;
    private final LoadSourceConfig config;
    private final Clock clock;
    private final Counter succeeded;
    private final Counter failed;
    private final Counter pointsStored;

    LoadPuller(PullStore store, SourceHealth health, PageWriter writer, PrometheusClient prometheus,
            LoadSourceConfig config, Clock clock, MeterRegistry registry) {
        this.store = store;
        this.health = health;
        this.writer = writer;
        this.prometheus = prometheus;
        this.config = config;
        this.clock = clock;
        this.succeeded = Counter.builder("lull.load.source.pulls").tag("result", "success")
                .description("Host pulls from load sources that stored every due step").register(registry);
        this.failed = Counter.builder("lull.load.source.pulls").tag("result", "failure")
                .description("Host pulls from load sources that failed").register(registry);
        this.pointsStored = Counter.builder("lull.load.source.points")
                .description("Points pulled from load sources and stored").register(registry);
    }

    @Scheduled(identity = "load-source-pull", every = "{lull.load-source.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        PullRun run = pullDue(clock.instant());
        if (run.sources() > 0) {
            LOG.debugf("Load sources pulled: %s", run);
        }
    }

    /** Pulls every source no other replica holds, at {@code now}. */
    public PullRun pullDue(Instant now) {
        return pullDue(now, Integer.MAX_VALUE);
    }

    /**
     * Pulls at most {@code pagesPerHost} pages of a host; when a host has more due, the run stops as a crash would,
     * keeping its leases until they expire (tests resume a backfill that way).
     */
    PullRun pullDue(Instant now, int pagesPerHost) {
        Budget budget = new Budget(pagesPerHost);
        for (PullStore.Claim claim : store.claim(now, now.plus(config.lease()))) {
            if (!pullSource(claim, now, budget)) {
                break;
            }
        }
        return budget.run();
    }

    /** Pulls every host of the source; false when the page budget ran out or the lease was lost. */
    private boolean pullSource(PullStore.Claim claim, Instant now, Budget budget) {
        budget.sources++;
        List<String> failures = new ArrayList<>();
        for (PullStore.HostCursor host : store.hosts(claim)) {
            try {
                pullHost(claim, host, now, budget);
                succeeded.increment();
            } catch (PullFailure | ApiProblem | BadSample e) {
                failed.increment();
                failures.add(host.name() + ": " + e.getMessage());
                store.error(claim, host, e.getMessage(), now);
            } catch (PullStore.LeaseLost | BudgetSpent e) {
                return false;
            } catch (Exception e) {
                failed.increment();
                failures.add(host.name() + ": " + e);
                store.error(claim, host, e.toString(), now);
            }
        }
        budget.failures += failures.size();
        try {
            health.finish(claim, failures, now);
        } catch (SQLException e) {
            throw new IllegalStateException("recording a load source run failed", e);
        }
        return true;
    }

    private void pullHost(PullStore.Claim claim, PullStore.HostCursor host, Instant now, Budget budget)
            throws Exception {
        SourceSettings settings = claim.settings();
        Optional<PullPlan> plan = PullPlan.of(host.pulledUntil(), now, settings.step(), settings.backfill(),
                config.pointsPerPage());
        if (plan.isEmpty()) {
            return;
        }
        int pages = 0;
        boolean anySeries = false;
        for (PullPlan.Page page : plan.get().pages()) {
            budget.spend(++pages);
            List<List<PrometheusClient.Point>> series = prometheus.queryRange(settings, settings.queryFor(host.name()),
                    page.start(), page.end(), settings.step());
            if (series.size() > 1) {
                throw new PullFailure("the query returned " + series.size() + " series for host " + host.name()
                        + "; it must return one (aggregate it, e.g. with sum)");
            }
            List<PrometheusClient.Point> points = series.isEmpty() ? List.of() : series.get(0);
            anySeries |= !series.isEmpty();
            writer.store(claim, host, page.end(), points, now, now.plus(config.lease()));
            pointsStored.increment(points.size());
            budget.points += points.size();
        }
        if (!anySeries) {
            throw new PullFailure("the query returned no series for host " + host.name() + " from "
                    + plan.get().start() + " to " + plan.get().end());
        }
    }

    /** What one run did, and how many pages of one host it may ask for. */
    private static final class Budget {
        private final int pagesPerHost;
        private int sources;
        private long points;
        private int failures;

        Budget(int pagesPerHost) {
            this.pagesPerHost = pagesPerHost;
        }

        /** Throws when a host's {@code page}-th page is beyond the budget. */
        void spend(int page) {
            if (page > pagesPerHost) {
                throw new BudgetSpent();
            }
        }

        PullRun run() {
            return new PullRun(sources, points, failures);
        }
    }

    /** The page budget ran out: the run stops as a crash would. */
    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super("page budget spent", null, false, false);
        }
    }
}
