package dev.lull.console;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.console.AdminPage.Deletion;
import dev.lull.notify.DeliveryStatus;
import dev.lull.notify.DeliveryView;
import dev.lull.notify.WebhookCatalog;
import dev.lull.notify.WebhookRequest;
import dev.lull.notify.WebhookView;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.NoticeType;
import dev.lull.platform.Paged;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/**
 * One webhook, for admins as the API: its deliveries page by page (status, attempts, last error, next attempt), a
 * failed one sent again, and the webhook edited, paused or resumed, given a new secret or deleted after a confirmation.
 */
@Path("/admin/webhooks/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class WebhookPage {
    static final int PAGE_SIZE = 20;
    private static final String LIST = "/admin/webhooks";
    private final WebhookCatalog webhooks;
    private final Forms forms;

    WebhookPage(WebhookCatalog webhooks, Forms forms) {
        this.webhooks = webhooks;
        this.forms = forms;
    }

    /** One page of a webhook's deliveries, with the status it is filtered by (empty for all). */
    public record Deliveries(Paged<DeliveryView> paged, String status) {
        public long pages() {
            return Math.max(1, (paged.total() + paged.size() - 1) / paged.size());
        }

        public int shownPage() {
            return paged.page() + 1;
        }

        public int newer() {
            return paged.page() - 1;
        }

        public int older() {
            return paged.page() + 1;
        }

        public boolean hasNext() {
            return (long) (paged.page() + 1) * paged.size() < paged.total();
        }
    }

    /** What the page shows besides the deliveries: the edit form as typed, a refusal, a notice, a new secret. */
    public record Shown(FormInput form, String error, String done, String secret) {
        static Shown of(WebhookView webhook, String done) {
            return new Shown(FormInput.of("edit", "url", webhook.url(), "events", String.join(",", webhook.events())),
                    null, done, null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance webhook(WebhookView webhook, long version, Deliveries deliveries,
                List<DeliveryStatus> statuses, List<String> eventTypes, Shown shown);
    }

    @GET
    public Response show(@RestPath long id, @RestQuery String status, @RestQuery @DefaultValue("0") int page,
            @RestQuery String done) {
        Versioned<WebhookView> webhook = webhooks.current(id);
        String chosen = status == null || status.isBlank() ? "" : status.trim().toUpperCase(Locale.ROOT);
        try {
            DeliveryStatus filter = chosen.isEmpty() ? null : DeliveryStatus.valueOf(chosen);
            Deliveries found = new Deliveries(webhooks.deliveries(id, filter, Math.max(0, page), PAGE_SIZE), chosen);
            return Response.ok(page(webhook, found, Shown.of(webhook.body(), done))).build();
        } catch (IllegalArgumentException e) {
            Shown refused = new Shown(Shown.of(webhook.body(), null).form(), "status must be one of PENDING, "
                    + "DELIVERED or FAILED, not '" + status + "'", null, null);
            return Response.status(400).entity(page(webhook, all(id), refused)).build();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, @RestForm long version, @RestForm String url,
            @RestForm List<String> events, @RestForm String secret) {
        FormInput typed = FormInput.of("edit", "url", url, "events", events == null ? "" : String.join(",", events),
                "secret", secret);
        try {
            webhooks.update(id, forms.valid(new WebhookRequest(FormInput.trimmed(url),
                    events == null ? List.of() : events, FormInput.trimmed(secret))), ETags.ifMatch(version));
            return back(id, "Saved the webhook");
        } catch (ApiProblem problem) {
            FormInput refused = typed.refused(problem, "webhook");
            Versioned<WebhookView> current = webhooks.current(id);
            return Response.status(problem.status()).entity(page(new Versioned<>(current.body(), version), all(id),
                    new Shown(refused, refused.error(), null, null))).build();
        }
    }

    @POST
    @Path("secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance rotate(@RestPath long id) {
        Versioned<WebhookView> rotated = webhooks.rotateSecret(id);
        Shown shown = Shown.of(rotated.body(), null);
        return page(rotated, all(id), new Shown(shown.form(), null, null, rotated.body().secret()));
    }

    @POST
    @Path("pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pause(@RestPath long id) {
        webhooks.pause(id, true);
        return back(id, "Paused the webhook: new events are not sent to it, pending deliveries wait");
    }

    @POST
    @Path("resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resume(@RestPath long id) {
        webhooks.pause(id, false);
        return back(id, "Resumed the webhook");
    }

    @POST
    @Path("deliveries/{delivery}/redeliver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redeliver(@RestPath long id, @RestPath long delivery) {
        try {
            DeliveryView again = webhooks.redeliver(id, delivery);
            return back(id, "Delivery " + delivery + " is sent again as delivery " + again.id());
        } catch (ApiProblem problem) {
            Versioned<WebhookView> webhook = webhooks.current(id);
            Shown refused = new Shown(Shown.of(webhook.body(), null).form(), Forms.summary(problem), null, null);
            return Response.status(problem.status()).entity(page(webhook, all(id), refused)).build();
        }
    }

    @GET
    @Path("delete")
    public TemplateInstance confirm(@RestPath long id) {
        return AdminPage.Templates.confirm(deletion(webhooks.current(id)));
    }

    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id, @RestForm long version) {
        WebhookView webhook = webhooks.current(id).body();
        return AdminPage.deleted(deletion(new Versioned<>(webhook, version)), ifMatch -> webhooks.delete(id, ifMatch));
    }

    private static Deletion deletion(Versioned<WebhookView> webhook) {
        WebhookView w = webhook.body();
        return new Deletion("webhook", String.valueOf(w.id()), webhook.version(), "It sends "
                + String.join(", ", w.events()) + " to " + w.url() + ". Its deliveries go with it; pending ones are "
                + "never sent.", LIST, null);
    }

    private Deliveries all(long id) {
        return new Deliveries(webhooks.deliveries(id, null, 0, PAGE_SIZE), "");
    }

    private TemplateInstance page(Versioned<WebhookView> webhook, Deliveries deliveries, Shown shown) {
        return Templates.webhook(webhook.body(), webhook.version(), deliveries, List.of(DeliveryStatus.values()),
                NoticeType.ids(), shown);
    }

    private static Response back(long id, String what) {
        return Response.seeOther(AdminPage.done(LIST + "/" + id, what)).build();
    }
}
