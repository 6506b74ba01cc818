package dev.lull.notify;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One event on its way to one webhook: the outbox row, with the signed body and its attempts so far. */
@Entity
public class WebhookDelivery extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long webhookId;
    public UUID eventId;
    public String type;
    public String body;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant lockedUntil;
    public Instant lastAttemptAt;
    public Integer lastStatusCode;
    public String lastError;
    public Instant deliveredAt;
    public Instant createdAt;

    static WebhookDelivery pending(Webhook webhook, UUID eventId, String type, String body, Instant now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.webhookId = webhook.id;
        delivery.eventId = eventId;
        delivery.type = type;
        delivery.body = body;
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        return delivery;
    }

    /** A FAILED delivery's event, due now again for the same webhook. */
    static WebhookDelivery again(WebhookDelivery failed, Instant now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.webhookId = failed.webhookId;
        delivery.eventId = failed.eventId;
        delivery.type = failed.type;
        delivery.body = failed.body;
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        return delivery;
    }
}
