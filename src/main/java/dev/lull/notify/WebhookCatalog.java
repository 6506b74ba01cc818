package dev.lull.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.FieldError;
import dev.lull.platform.Paged;

/** Registers, reads and removes webhooks, and lists their deliveries. */
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

    public Paged<WebhookView> list(int page, int size) {
        return Paged.of(Webhook.<Webhook>findAll(Sort.by("id")), WebhookView::of, page, size);
    }

    public WebhookView get(long id) {
        return WebhookView.of(require(id));
    }

    /** Removes the webhook and, with it, its deliveries (pending ones are never sent). */
    public void delete(long id) {
        require(id).delete();
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
        List<DeliveryView> items = found.page(Paged.window(page, size)).stream().map(DeliveryView::of).toList();
        return new Paged<>(items, page, size, found.count());
    }

    private static Webhook require(long id) {
        return Webhook.<Webhook>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("no webhook with id " + id));
    }
}
