package dev.lull.proposal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

import dev.lull.inventory.Host;
import dev.lull.inventory.HostCatalog;

/**
 * Part of a replica's warm-up ({@link FitWarmUp}): reads each cluster's busy periods, budgets and booking context
 * ({@link ProposalDesk#readCluster}), the largest clusters first and at most {@code warm-up.clusters}, on as many
 * threads as there are cores, so that the first questions about a cluster's hosts do not all wait for one read of
 * what they share.
 */
@ApplicationScoped
class ClusterWarmUp {
    private static final Logger LOG = Logger.getLogger(ClusterWarmUp.class);
    private final ProposalDesk desk;
    private final ProposalConfig.WarmUp config;

    ClusterWarmUp(ProposalDesk desk, ProposalConfig config) {
        this.desk = desk;
        this.config = config.warmUp();
    }

    /** Reads the clusters, giving up at {@code deadline}; how many were read. */
    int run(Instant deadline) throws InterruptedException {
        if (config.clusters() <= 0) {
            return 0;
        }
        List<Long> hosts = inRequest(() -> HostCatalog.oneHostPerCluster(config.clusters()));
        AtomicInteger read = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        hosts.forEach(id -> pool.execute(() -> {
            if (Instant.now().isBefore(deadline) && read(id)) {
                read.incrementAndGet();
            }
        }));
        pool.shutdown();
        if (!pool.awaitTermination(Math.max(1, deadline.getEpochSecond() - Instant.now().getEpochSecond()),
                TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        LOG.infof("read %d of %d clusters' busy periods and booking contexts after the start", read.get(),
                hosts.size());
        return read.get();
    }

    private boolean read(long hostId) {
        try {
            return inRequest(() -> {
                Host host = Host.findById(hostId);
                if (host != null) {
                    desk.readCluster(host);
                }
                return host != null;
            });
        } catch (RuntimeException e) {
            LOG.debugf(e, "reading the cluster of host %d after the start failed; it is read on request", hostId);
            return false;
        }
    }

    /** Runs {@code work} in a request context of its own, as a request would. */
    private static <T> T inRequest(Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            return work.get();
        } finally {
            context.terminate();
        }
    }
}
