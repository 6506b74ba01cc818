package dev.lull.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.FieldError;
import dev.lull.platform.Paged;
import dev.lull.platform.Versioned;

/** Registers, reads, edits, pauses and removes webhooks; lists their deliveries and sends a failed one again. */
@ApplicationScoped
@Transactional
public class WebhookCatalog {
    private final Clock clock;
    private final TargetGuard guard;
    private final SecretSeal seal;

    WebhookCatalog(Clock clock, TargetGuard guard, SecretSeal seal) {
        this.clock = clock;
        this.guard = guard;
        this.seal = seal;
    }

    /** Stores the webhook (its secret sealed, if a key is set) and answers it with its secret, shown only here. */
    public WebhookView create(WebhookRequest request) {
        List<FieldError> errors = WebhookRules.check(request, guard);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        Webhook webhook = new Webhook();
        webhook.url = request.url();
        webhook.events = request.events().stream().distinct().toList();
        String secret = request.secret() != null ? request.secret() : StandardWebhooks.newSecret();
        webhook.secret = seal.seal(secret);
        webhook.createdAt = Instant.now(clock);
        webhook.persistAndFlush();
        return WebhookView.withSecret(webhook, secret);
    }

    /**
     * Replaces the URL and event types (checked as on creation, the internal-address guard included) and, when the
     * request names one, the secret; needs the current version in {@code ifMatch}.
     */
    public Versioned<WebhookView> update(long id, WebhookRequest request, String ifMatch) {
        ETags.requireGiven(ifMatch);
        List<FieldError> errors = WebhookRules.check(request, guard);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        Webhook webhook = require(id);
        ETags.requireMatch(ifMatch, webhook.version);
        webhook.url = request.url();
        webhook.events = request.events().stream().distinct().toList();
        if (request.secret() != null) {
            webhook.secret = seal.seal(request.secret());
        }
        return stored(webhook);
    }

    /** Gives the webhook a new generated secret and answers it, shown only here; the old one signs nothing more. */
    public Versioned<WebhookView> rotateSecret(long id) {
        Webhook webhook = require(id);
        String secret = StandardWebhooks.newSecret();
        webhook.secret = seal.seal(secret);
        Versioned<WebhookView> stored = stored(webhook);
        return new Versioned<>(WebhookView.withSecret(webhook, secret), stored.version());
    }

    /** Pauses ({@code true}) or resumes the webhook; doing it twice changes nothing. */
    public Versioned<WebhookView> pause(long id, boolean paused) {
        Webhook webhook = require(id);
        webhook.paused = paused;
        return stored(webhook);
    }

    /** The webhook with the version an edit names in If-Match. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<WebhookView> current(long id) {
        Webhook webhook = require(id);
        return new Versioned<>(WebhookView.of(webhook), webhook.version);
    }

    public Paged<WebhookView> list(int page, int size) {
        return Paged.of(Webhook.<Webhook>findAll(Sort.by("id")), WebhookView::of, page, size);
    }

    public WebhookView get(long id) {
        return WebhookView.of(require(id));
    }

    /** Removes the webhook and, with it, its deliveries (pending ones are never sent); 412 when stale. */
    public void delete(long id, String ifMatch) {
        Webhook webhook = require(id);
        ETags.requireMatch(ifMatch, webhook.version);
        webhook.delete();
    }

    /**
     * Sends a FAILED delivery again as a new PENDING one of the same event (same id, so receivers can tell it is no
     * new event); 409 when it did not fail, or when the event is already on its way or delivered again.
     */
    public DeliveryView redeliver(long id, long deliveryId) {
        require(id);
        WebhookDelivery failed = WebhookDelivery.<WebhookDelivery>findByIdOptional(deliveryId,
                LockModeType.PESSIMISTIC_WRITE).filter(d -> d.webhookId == id)
                .orElseThrow(() -> ApiProblem.notFound("webhook " + id + " has no delivery " + deliveryId));
        if (failed.status != DeliveryStatus.FAILED) {
            throw ApiProblem.conflict("delivery " + deliveryId + " is " + failed.status
                    + "; only a FAILED delivery is sent again");
        }
        WebhookDelivery.<WebhookDelivery>find("webhookId = ?1 and eventId = ?2 and status <> ?3", Sort.by("id"), id,
                failed.eventId, DeliveryStatus.FAILED).firstResultOptional().ifPresent(again -> {
                    throw ApiProblem.conflict("this event is already " + (again.status == DeliveryStatus.PENDING
                            ? "being sent again"
                            : "delivered") + " as delivery " + again.id);
                });
        WebhookDelivery again = WebhookDelivery.again(failed, Instant.now(clock));
        again.persistAndFlush();
        return DeliveryView.of(again, false);
    }

    /** The webhook's deliveries, newest first, optionally only those in one status. */
    public Paged<DeliveryView> deliveries(long id, DeliveryStatus status, int page, int size) {
        require(id);
        String query = status == null ? "webhookId = :id" : "webhookId = :id and status = :status";
        Parameters params = Parameters.with("id", id);
        if (status != null) {
            params.and("status", status);
        }
        var found = WebhookDelivery.<WebhookDelivery>find(query, Sort.descending("id"), params);
        List<WebhookDelivery> rows = found.page(Paged.window(page, size)).list();
        Set<UUID> settled = eventsOnTheirWayAgain(id, rows);
        List<DeliveryView> items = rows.stream().map(d -> DeliveryView.of(d,
                d.status == DeliveryStatus.FAILED && !settled.contains(d.eventId))).toList();
        return new Paged<>(items, page, size, found.count());
    }

    /** Which of the failed rows' events have a pending or delivered row too, in one query. */
    private static Set<UUID> eventsOnTheirWayAgain(long id, List<WebhookDelivery> rows) {
        List<UUID> failed = rows.stream().filter(d -> d.status == DeliveryStatus.FAILED).map(d -> d.eventId)
                .toList();
        if (failed.isEmpty()) {
            return Set.of();
        }
        return WebhookDelivery.<WebhookDelivery>stream("webhookId = ?1 and eventId in ?2 and status <> ?3", id,
                failed, DeliveryStatus.FAILED).map(d -> d.eventId).collect(Collectors.toSet());
    }

    private static Versioned<WebhookView> stored(Webhook webhook) {
        webhook.persistAndFlush();
        return new Versioned<>(WebhookView.of(webhook), webhook.version);
    }

    private static Webhook require(long id) {
        return Webhook.<Webhook>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("no webhook with id " + id));
    }
}
