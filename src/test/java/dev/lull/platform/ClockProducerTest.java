package dev.lull.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClockProducerTest {

    @Test
    void without_a_fixed_clock_the_service_runs_on_the_real_utc_time() throws InterruptedException {
        Clock clock = new ClockProducer().clock(config(Optional.empty()));
        Instant first = clock.instant();
        Thread.sleep(5);
        assertThat(clock.instant()).isAfter(first);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void a_fixed_clock_stands_still_at_the_instant_set() throws InterruptedException {
        Instant set = Instant.parse("2026-12-01T08:00:00Z");
        Clock clock = new ClockProducer().clock(config(Optional.of(set)));
        Thread.sleep(5);
        assertThat(clock.instant()).isEqualTo(set);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    private static PlatformConfig config(Optional<Instant> fixed) {
        return new PlatformConfig() {
            @Override
            public MemorySize maxBody() {
                return new MemorySize(BigInteger.valueOf(1L << 20));
            }

            @Override
            public int maxUri() {
                return 4096;
            }

            @Override
            public MemorySize maxHeaders() {
                return new MemorySize(BigInteger.valueOf(20L << 10));
            }

            @Override
            public Optional<Instant> fixedClock() {
                return fixed;
            }

            @Override
            public CacheConfig caches() {
                return null;
            }

            @Override
            public OidcConfig oidc() {
                return null;
            }
        };
    }
}
