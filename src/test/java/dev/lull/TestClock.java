package dev.lull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.test.Mock;

/**
 * The application's clock in tests: it stands still at the suite's instant, {@code -Dlull.test.now=…} or else the
 * real time when the suite starts (to the second). A test moves it with {@link Api#clockAt}, which lasts that test.
 */
@Mock
@ApplicationScoped
public class TestClock extends Clock {
    /** The instant every test class starts from. */
    public static final Instant NOW = suiteInstant();

    private final Instant instant;

    /** The clock at the suite's instant: the bean every test starts with. */
    public TestClock() {
        this(NOW);
    }

    /** A clock standing at {@code instant}: what {@link Api#clockAt} installs for one test. */
    public TestClock(Instant instant) {
        this.instant = instant;
    }

    private static Instant suiteInstant() {
        String set = System.getProperty("lull.test.now", "");
        return set.isBlank() ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : Instant.parse(set);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
