package dev.lull.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Posts one signed delivery with the JDK HTTP client; redirects are not followed (a 3xx is a failure), and a host
 * that resolves to an internal address is not called at all.
 */
@ApplicationScoped
class DeliverySender {
    private final HttpClient client;
    private final NotifyConfig config;
    private final TargetGuard guard;
    private final SecretSeal seal;

    /** A sender made outside CDI (tests), with its own seal and guard from the settings. */
    DeliverySender(NotifyConfig config) {
        this(config, TargetGuard.system(config.allowInternalTargets()), SecretSeal.of(config));
    }

    @Inject
    DeliverySender(NotifyConfig config, TargetGuard guard, SecretSeal seal) {
        this.config = config;
        this.guard = guard;
        this.seal = seal;
        this.client = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends the delivery as attempted at {@code now}; never completes exceptionally. */
    CompletableFuture<Attempt> send(ClaimedDelivery delivery, Instant now) {
        Optional<byte[]> key;
        try {
            key = StandardWebhooks.key(seal.open(delivery.secret()));
        } catch (IllegalStateException e) {
            return CompletableFuture.completedFuture(
                    Attempt.failed("cannot decrypt the webhook secret: " + e.getMessage()));
        }
        if (key.isEmpty()) {
            return CompletableFuture.completedFuture(Attempt.failed("the webhook's secret is malformed"));
        }
        HttpRequest request;
        try {
            request = request(delivery, key.get(), now.getEpochSecond());
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(Attempt.failed("unusable URL: " + e.getMessage()));
        }
        Optional<String> refusal = guard.refusalOnSend(request.uri());
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(Attempt.failed("not sent: " + refusal.get()));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> Attempt.answered(response.statusCode()))
                .exceptionally(DeliverySender::describe);
    }

    private HttpRequest request(ClaimedDelivery delivery, byte[] key, long timestamp) {
        String id = delivery.messageId();
        return HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(config.timeout())
                .header("content-type", "application/json")
                .header("user-agent", "Lull-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", StandardWebhooks.sign(key, id, timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
    }

    private static Attempt describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof HttpTimeoutException) {
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
