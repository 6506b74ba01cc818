package dev.lull.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;

/** A delivery connects to the address its guard judged, never to a second answer of the name (DNS rebinding). */
@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PinnedDeliveryTest {
    @Inject
    NotifyConfig config;

    @Inject
    Vertx vertx;

    @Test
    void the_connection_goes_to_the_judged_address_with_the_urls_host_in_the_host_header() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        TargetGuard guard = new TargetGuard(true, host -> rebinding(host, lookups), Set::of);
        DeliverySender sender = new DeliverySender(config, guard, SecretSeal.of(Optional.empty()), vertx);
        try (Receiver receiver = Receiver.start()) {
            String secret = StandardWebhooks.newSecret();
            receiver.trust(secret);
            var delivery = new ClaimedDelivery(1, UUID.randomUUID(), "{\"type\":\"test\"}", 1, Instant.now(),
                    "http://hooks.rebind.test:" + receiver.port() + "/hook", secret);

            Attempt attempt = sender.send(delivery, Instant.now()).get();

            assertThat(attempt.succeeded()).as(attempt.error()).isTrue();
            assertThat(lookups).hasValue(1);
            assertThat(receiver.received()).singleElement().satisfies(received -> {
                assertThat(received.signatureValid()).isTrue();
                assertThat(received.host()).isEqualTo("hooks.rebind.test:" + receiver.port());
            });
        } finally {
            sender.close();
        }
    }

    /** A name that only this resolver knows: the loopback first, then an address that answers nothing. */
    private static InetAddress[] rebinding(String host, AtomicInteger lookups) throws UnknownHostException {
        if (!host.equals("hooks.rebind.test")) {
            throw new UnknownHostException(host);
        }
        String answer = lookups.getAndIncrement() == 0 ? "127.0.0.1" : "192.0.2.1";
        return new InetAddress[]{InetAddress.getByName(answer)};
    }
}
