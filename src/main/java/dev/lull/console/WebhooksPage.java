package dev.lull.console;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.notify.WebhookCatalog;
import dev.lull.notify.WebhookRequest;
import dev.lull.notify.WebhookView;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.NoticeType;
import dev.lull.platform.Roles;

/** Webhooks, for admins as the API: the list with each one's state, and registering one (its secret shown once). */
@Path("/admin/webhooks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class WebhooksPage {
    private final WebhookCatalog webhooks;
    private final Forms forms;

    WebhooksPage(WebhookCatalog webhooks, Forms forms) {
        this.webhooks = webhooks;
        this.forms = forms;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance webhooks(List<WebhookView> webhooks, List<String> eventTypes, FormInput form,
                WebhookView created, String done);
    }

    @GET
    public TemplateInstance show(@RestQuery String done) {
        return page(FormInput.none(), null, done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String url, @RestForm List<String> events, @RestForm String secret) {
        FormInput typed = FormInput.of("add", "url", url, "events", events == null ? "" : String.join(",", events),
                "secret", secret);
        try {
            WebhookView created = webhooks.create(forms.valid(new WebhookRequest(FormInput.trimmed(url),
                    events == null ? List.of() : events, FormInput.trimmed(secret))));
            return Response.status(201).entity(page(FormInput.none(), created, null)).build();
        } catch (ApiProblem problem) {
            return Response.status(problem.status())
                    .entity(page(typed.refused(problem, "webhook"), null, null)).build();
        }
    }

    private TemplateInstance page(FormInput form, WebhookView created, String done) {
        return Templates.webhooks(webhooks.list(0, 500).items(), NoticeType.ids(), form, created, done);
    }
}
