package dev.lull.platform;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the platform: how large a request, its URI and its headers may be, how much the caches hold, the clock,
 * and the OIDC provider people may sign in to the console through.
 */
@ConfigMapping(prefix = "lull.platform")
public interface PlatformConfig {
    /** Largest request body of every endpoint that does not stream and limit its body itself (413 beyond). */
    @WithDefault("1M")
    MemorySize maxBody();

    /** Longest request URI, path and query (414 beyond); keep it below quarkus.http.limits.max-initial-line-length. */
    @WithDefault("4096")
    int maxUri();

    /** Largest header section (431 beyond); keep it below quarkus.http.limits.max-header-size. */
    @WithDefault("20K")
    MemorySize maxHeaders();

    /**
     * An instant the whole service's clock stands still at, for demos and the README tour; unset (the real time) unless
     * explicitly given. Never set it in production: nothing would ever become due.
     */
    Optional<Instant> fixedClock();

    /** The memory budget of the in-process caches. */
    CacheConfig caches();

    /** Console sign-in through an OpenID Connect provider, when one is configured. */
    OidcConfig oidc();
}
