package dev.lull.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.jboss.logging.Logger;

/**
 * Produces the system UTC clock at microsecond precision (what PostgreSQL stores), or, only when
 * {@code lull.platform.fixed-clock} is set, a clock standing still at that instant (demos and the README tour).
 */
@ApplicationScoped
public class ClockProducer {
    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @ApplicationScoped
    Clock clock(PlatformConfig config) {
        return config.fixedClock().map(instant -> {
            LOG.warnf("lull.platform.fixed-clock is set: the clock stands still at %s (for demos and tests only)",
                    instant);
            return Clock.fixed(instant, ZoneOffset.UTC);
        }).orElseGet(() -> Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
    }
}
