package dev.lull.notify;

import java.time.Instant;
import java.util.UUID;

/** One delivery as the API shows it: its state, attempts so far and the outcome of the last one. */
public record DeliveryView(
        long id,
        UUID eventId,
        String type,
        DeliveryStatus status,
        int attempts,
        Integer lastStatusCode,
        String lastError,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant createdAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.eventId, d.type, d.status, d.attempts, d.lastStatusCode, d.lastError,
                d.lastAttemptAt, d.nextAttemptAt, d.deliveredAt, d.createdAt);
    }
}
