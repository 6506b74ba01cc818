package dev.lull.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

import dev.lull.notify.DeliveryStatus;
import dev.lull.notify.DeliveryView;
import dev.lull.notify.WebhookCatalog;
import dev.lull.notify.WebhookRequest;
import dev.lull.notify.WebhookView;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.NoticeType;
import dev.lull.platform.Paged;
import dev.lull.platform.Roles;

/**
 * Webhooks, for admins as the API: register one (its secret shown once), delete one, and read each one's deliveries
 * page by page with their status, attempts, last error and next attempt.
 */
@Path("/admin/webhooks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class WebhooksPage {
    static final int PAGE_SIZE = 20;
    private final WebhookCatalog webhooks;
    private final Forms forms;

    WebhooksPage(WebhookCatalog webhooks, Forms forms) {
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance webhooks(List<WebhookView> webhooks, List<String> eventTypes, FormInput form,
                WebhookView created, WebhookView confirm, String done);

        static native TemplateInstance webhook(WebhookView webhook, Deliveries deliveries,
                List<DeliveryStatus> statuses, String error);
    }

    @GET
    public TemplateInstance show(@RestQuery Long delete, @RestQuery String done) {
        return page(FormInput.none(), null, delete == null ? null : webhooks.get(delete), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String url, @RestForm List<String> events, @RestForm String secret) {
        FormInput typed = FormInput.of("add", "url", url, "events", events == null ? "" : String.join(",", events),
                "secret", secret);
        try {
            WebhookView created = webhooks.create(forms.valid(new WebhookRequest(FormInput.trimmed(url),
                    events == null ? List.of() : events, FormInput.trimmed(secret))));
            return Response.status(201).entity(page(FormInput.none(), created, null, null)).build();
        } catch (ApiProblem problem) {
            return Response.status(problem.status())
                    .entity(page(typed.refused(problem, "webhook"), null, null, null)).build();
        }
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        String url = webhooks.get(id).url();
        webhooks.delete(id);
        return Response.seeOther(URI.create("/admin/webhooks?done="
                + URLEncoder.encode("Deleted the webhook to " + url, StandardCharsets.UTF_8))).build();
    }

    @GET
    @Path("{id}")
    public Response deliveries(@RestPath long id, @RestQuery String status,
            @RestQuery @DefaultValue("0") int page) {
        WebhookView webhook = webhooks.get(id);
        String chosen = status == null || status.isBlank() ? "" : status.trim().toUpperCase(Locale.ROOT);
        try {
            DeliveryStatus filter = chosen.isEmpty() ? null : DeliveryStatus.valueOf(chosen);
            Deliveries found = new Deliveries(webhooks.deliveries(id, filter, Math.max(0, page), PAGE_SIZE), chosen);
            return Response.ok(Templates.webhook(webhook, found, List.of(DeliveryStatus.values()), null)).build();
        } catch (IllegalArgumentException e) {
            Deliveries all = new Deliveries(webhooks.deliveries(id, null, 0, PAGE_SIZE), "");
            return Response.status(400).entity(Templates.webhook(webhook, all, List.of(DeliveryStatus.values()),
                    "status must be one of PENDING, DELIVERED or FAILED, not '" + status + "'")).build();
        }
    }

    private TemplateInstance page(FormInput form, WebhookView created, WebhookView confirm, String done) {
        return Templates.webhooks(webhooks.list(0, 500).items(), NoticeType.ids(), form, created, confirm, done);
    }
}
