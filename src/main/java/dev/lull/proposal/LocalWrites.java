package dev.lull.proposal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.runtime.BlockingOperationControl;

import dev.lull.load.LoadQueries;
import dev.lull.load.SamplesStored;
import dev.lull.schedule.TimelineVersion;

/**
 * Read-your-writes on this replica: a client that wrote through it (a blackout, a change, a host, an ingest) and asks
 * for proposals right after must not overtake the announcement of its own write on its way back from the database.
 * So after a successful write request the timeline version is read once and raised in memory, and after an ingest
 * the history versions of the hosts it touched that are followed. Nothing happens while the listener is down (the
 * versions are read per request then). Other replicas learn of the write by its announcement.
 */
@ApplicationScoped
public class LocalWrites {
    private static final Logger LOG = Logger.getLogger(LocalWrites.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private final VersionBook book;
    private final TimelineVersion timeline;
    private final LoadQueries load;

    LocalWrites(ProposalVersions versions, TimelineVersion timeline, LoadQueries load) {
        this.book = versions.book();
        this.timeline = timeline;
        this.load = load;
    }

    @ServerResponseFilter
    public void written(ContainerRequestContext request, ContainerResponseContext response) {
        if (book.isOpen() && !SAFE.contains(request.getMethod()) && response.getStatus() < 400
                && BlockingOperationControl.isBlockingAllowed()) {
            book.raise(timeline.current(), Map.of());
        }
    }

    /** After an ingest committed; a failure leaves the hosts to their announcements and never fails the ingest. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) SamplesStored batch) {
        List<Long> followed = batch.hostIds().stream().filter(book::follows).toList();
        try {
            if (!followed.isEmpty()) {
                book.raise(load.historyVersions(followed));
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "reading the history versions of hosts %s after an ingest failed", followed);
        }
    }
}
