package dev.lull.loadsource;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the Prometheus puller: how often it runs, its lease, its HTTP timeout, page size and patience. */
@ConfigMapping(prefix = "lull.load-source")
public interface LoadSourceConfig {
    /** How often the puller runs (a Quarkus scheduler interval such as 1m, or off). */
    @WithDefault("1m")
    String every();

    /** How long a replica holds a source it pulls; renewed with every stored page. */
    @WithDefault("PT5M")
    Duration lease();

    /** Connect and request timeout of each query to Prometheus. */
    @WithDefault("PT30S")
    Duration timeout();

    /** Points asked for per query_range request, below Prometheus' limit of 11,000. */
    @WithDefault("10000")
    int pointsPerPage();

    /**
     * The base64 of 32 random bytes: the AES-256 key that encrypts load sources' credentials at rest. Required once a
     * source has credentials (dev and test have a throw-away key).
     */
    Optional<String> secretKey();

    /** Consecutive failing runs after which a source is announced as failing (load.source-failing). */
    @WithDefault("3")
    int failingAfter();
}
