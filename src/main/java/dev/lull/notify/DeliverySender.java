package dev.lull.notify;

import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Posts one signed delivery with the Vert.x HTTP client. The host is resolved and judged once ({@link TargetGuard})
 * and the connection goes to that very address, the URL's host kept for the Host header, TLS SNI and certificate
 * checks, so a name that answers differently a moment later (DNS rebinding) cannot lead inside. Redirects are not
 * followed (a 3xx is a failure); the answer's body is not read.
 */
@ApplicationScoped
class DeliverySender {
    private final HttpClient client;
    private final NotifyConfig config;
    private final TargetGuard guard;
    private final SecretSeal seal;

    /** A sender made outside CDI (tests), with its own seal and guard from the settings. */
    DeliverySender(NotifyConfig config, Vertx vertx) {
        this(config, TargetGuard.system(config.allowInternalTargets()), SecretSeal.of(config), vertx);
    }

    @Inject
    DeliverySender(NotifyConfig config, TargetGuard guard, SecretSeal seal, Vertx vertx) {
        this.config = config;
        this.guard = guard;
        this.seal = seal;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false).setVerifyHost(true)
                .setConnectTimeout((int) config.timeout().toMillis()));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Sends the delivery as attempted at {@code now}; never completes exceptionally. */
    CompletableFuture<Attempt> send(ClaimedDelivery delivery, Instant now) {
        Optional<byte[]> key;
        try {
            key = StandardWebhooks.key(seal.open(delivery.secret()));
        } catch (IllegalStateException e) {
            return done(Attempt.failed("cannot decrypt the webhook secret: " + e.getMessage()));
        }
        if (key.isEmpty()) {
            return done(Attempt.failed("the webhook's secret is malformed"));
        }
        URI url;
        try {
            url = URI.create(delivery.url());
        } catch (IllegalArgumentException e) {
            return done(Attempt.failed("unusable URL: " + e.getMessage()));
        }
        TargetGuard.Destination destination = guard.destination(url);
        if (destination.refusal().isPresent()) {
            return done(Attempt.failed("not sent: " + destination.refusal().get()));
        }
        return post(options(delivery, url, destination.address().orElseThrow(), key.get(), now.getEpochSecond()),
                delivery.body());
    }

    private CompletableFuture<Attempt> post(RequestOptions options, String body) {
        CompletableFuture<HttpClientRequest> opened = new CompletableFuture<>();
        return client.request(options)
                .onSuccess(opened::complete)
                .compose(request -> request.send(Buffer.buffer(body)))
                .map(response -> {
                    response.request().connection().close();
                    return Attempt.answered(response.statusCode());
                })
                .toCompletionStage().toCompletableFuture()
                .orTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    opened.thenAccept(request -> request.reset());
                    return describe(failure);
                });
    }

    private RequestOptions options(ClaimedDelivery delivery, URI url, InetAddress address, byte[] key,
            long timestamp) {
        String id = delivery.messageId();
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : tls ? 443 : 80;
        return new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url.toString())
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setFollowRedirects(false)
                .setIdleTimeout(config.timeout().toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "Lull-Webhooks/1")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", StandardWebhooks.sign(key, id, timestamp, delivery.body()));
    }

    private static CompletableFuture<Attempt> done(Attempt attempt) {
        return CompletableFuture.completedFuture(attempt);
    }

    private static Attempt describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException) {
            return Attempt.failed("timed out");
        }
        return Attempt.failed(cause.getClass().getSimpleName() + message(cause));
    }

    /** The first message along the cause chain (a refused connection tells it only in its cause). */
    private static String message(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                return ": " + t.getMessage();
            }
        }
        return "";
    }
}
