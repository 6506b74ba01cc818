package dev.lull.notify;

import java.time.Instant;
import java.util.List;

/** A webhook as the API shows it; {@code secret} only in the answer to its creation. */
public record WebhookView(long id, String url, List<String> events, String secret, Instant createdAt) {

    static WebhookView of(Webhook webhook) {
        return new WebhookView(webhook.id, webhook.url, webhook.events, null, webhook.createdAt);
    }

    static WebhookView withSecret(Webhook webhook) {
        return new WebhookView(webhook.id, webhook.url, webhook.events, webhook.secret, webhook.createdAt);
    }
}
