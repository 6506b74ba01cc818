package dev.lull.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lull.platform.Notice;

/** Writes every raised {@link Notice} to the outbox, one delivery per subscribed webhook, in the raiser's transaction. */
@ApplicationScoped
public class Outbox {
    private final ObjectMapper mapper;
    private final Clock clock;

    Outbox(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Observes synchronously, so a rollback of the raiser's transaction takes the deliveries with it. */
    @Transactional(TxType.MANDATORY)
    void record(@Observes Notice notice) {
        String type = notice.type().id();
        List<Webhook> subscribed = Webhook.subscribedTo(type);
        if (subscribed.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String body = body(type, now, notice.data());
        UUID eventId = UUID.randomUUID();
        for (Webhook webhook : subscribed) {
            WebhookDelivery.pending(webhook, eventId, type, body, now).persist();
        }
    }

    private String body(String type, Instant timestamp, Map<String, Object> data) {
        try {
            return mapper.writeValueAsString(new WebhookBody(type, timestamp, data));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the data of a " + type + " notice cannot be written as JSON", e);
        }
    }

    /** The Standard Webhooks body: the event type, when it happened, and its data. */
    record WebhookBody(String type, Instant timestamp, Map<String, Object> data) {
    }
}
