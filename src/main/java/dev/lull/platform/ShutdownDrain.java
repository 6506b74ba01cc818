package dev.lull.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.scheduler.Scheduler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Drains the service on shutdown. Quarkus keeps answering new requests while it waits for those in flight; under
 * steady traffic the wait never ends, the shutdown timeout passes, and requests still running lose their database.
 * So once the shutdown delay (readiness already DOWN) is over, new requests get 503 with {@code Retry-After} and
 * {@code Connection: close}, and the requests already accepted finish undisturbed. Scheduled jobs are paused as
 * the shutdown begins, so that none starts while the database is about to close.
 */
@ApplicationScoped
public class ShutdownDrain {
    static final String BODY = "{\"type\":\"%s\",\"title\":\"%s\",\"status\":503,\"detail\":\"%s\"}".formatted(
            Problem.type(503), Problem.title(503),
            "This instance is stopping; retry and another instance will answer.");
    private static final Logger LOG = Logger.getLogger(ShutdownDrain.class);
    private final Clock clock;
    private final Duration delay;
    private final Scheduler scheduler;
    private volatile Instant drainFrom;

    ShutdownDrain(Clock clock, @ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay,
            Scheduler scheduler) {
        this.clock = clock;
        this.delay = delay.orElse(Duration.ZERO);
        this.scheduler = scheduler;
    }

    void shutdownBegins(@Observes ShutdownDelayInitiatedEvent event) {
        drainFrom = clock.instant().plus(delay);
        scheduler.pause();
        LOG.infof("Shutdown: jobs paused; serving for %s more while readiness is down, then refusing new requests",
                delay);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::admit);
    }

    /** True once new requests are refused. */
    public boolean draining() {
        Instant from = drainFrom;
        return from != null && !clock.instant().isBefore(from);
    }

    private void admit(RoutingContext context) {
        if (!draining() || context.normalizedPath().startsWith("/q/health")) {
            context.next();
            return;
        }
        context.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, "1").putHeader(HttpHeaders.CONNECTION, "close").end(BODY);
    }
}
