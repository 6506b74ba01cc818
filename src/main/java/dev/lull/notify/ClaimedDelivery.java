package dev.lull.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery a worker holds under lease: what to send where, and the attempt number that fences its result;
 * {@code secret} is the webhook's secret as stored (sealed when a key is configured).
 */
record ClaimedDelivery(long id, UUID eventId, String body, int attempt, Instant createdAt, String url,
        String secret) {

    /** The {@code webhook-id}: the same for every attempt of this event, so receivers can drop duplicates. */
    String messageId() {
        return "msg_" + eventId.toString().replace("-", "");
    }
}
