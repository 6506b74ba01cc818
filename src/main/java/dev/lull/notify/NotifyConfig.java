package dev.lull.notify;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of webhook delivery: how often, how long to wait, and how to retry. */
@ConfigMapping(prefix = "lull.notify")
public interface NotifyConfig {
    /** How often due deliveries are sent (a Quarkus scheduler interval such as 5s, or off). */
    @WithDefault("5s")
    String deliveryEvery();

    /** How long one attempt may take, connecting included, before it counts as failed. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How long a claimed delivery stays reserved for its worker; must exceed the timeout. */
    @WithDefault("PT1M")
    Duration lease();

    /** At most this many deliveries are claimed and sent together. */
    @WithDefault("50")
    int batchSize();

    /** How long delivered and failed deliveries are kept (for the deliveries API) before they are deleted. */
    @WithDefault("P30D")
    Duration keepDeliveries();

    /** How often settled deliveries past {@code keep-deliveries} are deleted (a scheduler interval, or off). */
    @WithDefault("1h")
    String pruneEvery();

    /**
     * Whether webhook URLs may point at loopback, private, link-local or shared addresses (receivers inside the
     * network). Off by default, so that registering a webhook cannot reach internal services.
     */
    @WithDefault("false")
    boolean allowInternalTargets();

    /**
     * The base64 of 32 random bytes: the AES-256 key that encrypts webhook secrets at rest. Unset, secrets are stored
     * as given.
     */
    Optional<String> secretKey();

    /** Retry settings. */
    Retry retry();

    /** Exponential backoff: base × 2^(attempts−1), capped, plus up to {@code jitter} of it at random. */
    interface Retry {
        /** The delay after the first failed attempt. */
        @WithDefault("PT30S")
        Duration base();

        /** The longest delay between two attempts. */
        @WithDefault("PT6H")
        Duration maxDelay();

        /** A delivery whose next attempt would fall later than this after the event is marked FAILED. */
        @WithDefault("PT24H")
        Duration giveUpAfter();

        /** The random share added to each delay, between 0 and 1. */
        @WithDefault("0.2")
        double jitter();
    }
}
