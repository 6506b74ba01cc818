package dev.lull.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * One message as the API shows it: to whom, about what, where it stands, and the outcome of its last attempt; never
 * its body.
 */
public record MailDeliveryView(
        long id,
        UUID eventId,
        String type,
        Long change,
        String recipient,
        String address,
        String subject,
        boolean invitation,
        MailStatus status,
        int attempts,
        String lastError,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant createdAt) {

    static MailDeliveryView of(MailDelivery d) {
        return new MailDeliveryView(d.id, d.eventId, d.type, d.changeId, d.recipient, d.address, d.subject,
                d.calendar != null, d.status, d.attempts, d.lastError, d.lastAttemptAt, d.nextAttemptAt,
                d.deliveredAt, d.createdAt);
    }
}
