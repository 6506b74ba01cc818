package dev.lull.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import dev.lull.inventory.Host;
import dev.lull.load.LoadQueries;
import dev.lull.schedule.BookingCheck;

/**
 * Right after a start, makes the fits of the hosts ingested most often (those of the default, sub-hour question) on
 * as many threads as there are cores, and answers each host's standard question ({@link ProposalQuery#standard}),
 * which also reads its cluster's busy periods and booking context and compiles the answering code, so that the first
 * requests a new replica takes do not all wait for fits at once; then reads what the other clusters' hosts share
 * ({@link ClusterWarmUp}); then asks those hosts' questions over its own HTTP port ({@link HttpWarmUp}) for
 * {@code requests-for} at most, so that the HTTP, security and JSON code is compiled too. {@link FitWarmUpReadiness}
 * keeps the replica out of traffic until it is done, or {@code at-most} has passed.
 */
@ApplicationScoped
class FitWarmUp {
    private static final Logger LOG = Logger.getLogger(FitWarmUp.class);
    private final LoadQueries load;
    private final HostFits fits;
    private final ProposalDesk desk;
    private final BookingCheck booking;
    private final ProposalConfig.WarmUp config;
    private final Clock clock;
    private final HttpWarmUp http;
    private final ClusterWarmUp clusters;
    private final Queue<String> answered = new ConcurrentLinkedQueue<>();
    private final AtomicInteger made = new AtomicInteger();
    private volatile Instant readyBy = Instant.MAX;
    private volatile boolean done;

    FitWarmUp(LoadQueries load, HostFits fits, ProposalDesk desk, BookingCheck booking,
            ProposalConfig config, Clock clock, HttpWarmUp http, ClusterWarmUp clusters) {
        this.load = load;
        this.fits = fits;
        this.desk = desk;
        this.booking = booking;
        this.config = config.warmUp();
        this.clock = clock;
        this.http = http;
        this.clusters = clusters;
    }

    void onStart(@Observes StartupEvent event) {
        readyBy = Instant.now().plus(config.atMost());
        Instant deadline = readyBy;
        Thread thread = new Thread(() -> run(deadline), "fit-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Makes the fits, giving up after {@code at-most} from now; how many were made. */
    int run() {
        return run(Instant.now().plus(config.atMost()));
    }

    private int run(Instant deadline) {
        made.set(0);
        answered.clear();
        try {
            Map<Long, String> hosts = config.hosts() > 0 ? load.mostIngestedHosts(config.hosts()) : Map.of();
            WarmUpWork.onEveryCore(hosts.entrySet().stream()
                    .<Runnable>map(host -> () -> make(host.getKey(), host.getValue())).toList(), deadline);
            LOG.infof("made %d of %d hosts' fits after the start", made.get(), hosts.size());
            clusters.run(deadline);
            askOverHttp(config.requestsFor(), deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf(e, "warming the fits up failed; the fits are made on request");
        } finally {
            done = true;
        }
        return made.get();
    }

    /** Asks the answered hosts' questions over the replica's own HTTP port ({@link HttpWarmUp}). */
    int askOverHttp(Duration during, Instant deadline) throws InterruptedException {
        return http.ask(List.copyOf(answered), during, deadline);
    }

    private void make(long hostId, String zone) {
        fits.fitted(hostId, zone, true, clock.instant());
        answer(hostId);
        made.incrementAndGet();
    }

    /** Answers the host's standard question, in a request context of its own as a request would. */
    private void answer(long hostId) {
        try {
            WarmUpWork.inRequest(() -> {
                Host host = Host.findById(hostId);
                if (host != null) {
                    desk.view(host, ProposalQuery.standard(clock.instant(), booking.notice().planned()));
                    answered.add(host.name);
                }
                return host;
            });
        } catch (RuntimeException e) {
            LOG.debugf(e, "answering host %d's standard question after the start failed; it is answered on request",
                    hostId);
        }
    }

    /** Whether the replica may take traffic: the fits are made, or it has waited long enough. */
    boolean ready() {
        return done || Instant.now().isAfter(readyBy);
    }

    /** How many fits were made so far. */
    int made() {
        return made.get();
    }
}
