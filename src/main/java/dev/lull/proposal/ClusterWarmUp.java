package dev.lull.proposal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

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
        List<Long> hosts = WarmUpWork.inRequest(() -> HostCatalog.oneHostPerCluster(config.clusters()));
        AtomicInteger read = new AtomicInteger();
        WarmUpWork.onEveryCore(hosts.stream().<Runnable>map(id -> () -> {
            if (read(id)) {
                read.incrementAndGet();
            }
        }).toList(), deadline);
        LOG.infof("read %d of %d clusters' busy periods and booking contexts after the start", read.get(),
                hosts.size());
        return read.get();
    }

    private boolean read(long hostId) {
        try {
            return WarmUpWork.inRequest(() -> {
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
}
