package dev.lull.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery as the API shows it: its state, attempts so far and the outcome of the last one; {@code redeliverable}
 * when it FAILED and its event is neither pending nor delivered again (what {@code redeliver} accepts).
 */
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
        Instant createdAt,
        boolean redeliverable) {

    static DeliveryView of(WebhookDelivery d, boolean redeliverable) {
        return new DeliveryView(d.id, d.eventId, d.type, d.status, d.attempts, d.lastStatusCode, d.lastError,
                d.lastAttemptAt, d.nextAttemptAt, d.deliveredAt, d.createdAt, redeliverable);
    }
}
