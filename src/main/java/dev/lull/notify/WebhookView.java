package dev.lull.notify;

import java.time.Instant;
import java.util.List;

/**
 * A webhook as the API shows it; {@code secret} only in the answer to its creation or to a rotation; {@code paused}
 * when it gets no deliveries for now.
 */
public record WebhookView(long id, String url, List<String> events, String secret, boolean paused, Instant createdAt) {

    static WebhookView of(Webhook webhook) {
        return new WebhookView(webhook.id, webhook.url, webhook.events, null, webhook.paused, webhook.createdAt);
    }

    /** The view with the plain secret, which the stored {@code webhook.secret} may no longer be. */
    static WebhookView withSecret(Webhook webhook, String secret) {
        return new WebhookView(webhook.id, webhook.url, webhook.events, secret, webhook.paused, webhook.createdAt);
    }
}
