package dev.lull.loadsource;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.lull.load.IncomingSample;
import dev.lull.load.LoadIngest;
import dev.lull.load.SampleSource;

/**
 * Stores one page of a host's points through the load ingest path (validation, rollups, history version) and
 * moves the host's progress in the same transaction: a crash loses the page and its progress together.
 */
@ApplicationScoped
class PageWriter {
    private final LoadIngest ingest;
    private final PullStore store;

    PageWriter(LoadIngest ingest, PullStore store) {
        this.ingest = ingest;
        this.store = store;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void store(PullStore.Claim claim, PullStore.HostCursor host, Instant pulledUntil,
            List<PrometheusClient.Point> points, Instant now, Instant lockedUntil) throws IOException, SQLException {
        if (!points.isEmpty()) {
            ingest.ingest(samples(host.name(), points), false);
        }
        store.progress(claim, host, pulledUntil, points.size(), now, lockedUntil);
    }

    private static SampleSource samples(String host, List<PrometheusClient.Point> points) {
        Iterator<PrometheusClient.Point> each = points.iterator();
        return () -> {
            if (!each.hasNext()) {
                return null;
            }
            PrometheusClient.Point point = each.next();
            return new IncomingSample(host, point.at(), point.value(), "the point at " + point.at());
        };
    }
}
