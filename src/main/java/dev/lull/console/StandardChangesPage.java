package dev.lull.console;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

import dev.lull.change.Caller;
import dev.lull.change.StandardTemplates;
import dev.lull.change.TemplateStatus;
import dev.lull.change.TemplateView;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterView;
import dev.lull.inventory.HostCatalog;
import dev.lull.people.ApprovalRoleView;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Paged;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/**
 * Standard change templates through {@code change.StandardTemplates}, as {@code /api/v1/standard-changes} allows:
 * everyone reads them; change managers write a draft, activate it (its one approval) and retire it after a
 * confirmation. An approved template is never edited in place, so "Write a new draft from this one" pre-fills the
 * form with it.
 */
@Path("/admin/standard-changes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class StandardChangesPage {
    static final String LIST = "/admin/standard-changes";
    private static final int PAGE_SIZE = 50;
    private static final String KIND = "template";
    private final StandardTemplates templates;
    private final ClusterCatalog clusters;
    private final RoleDirectory roles;
    private final Forms forms;
    private final Viewer viewer;

    StandardChangesPage(StandardTemplates templates, ClusterCatalog clusters, RoleDirectory roles, Forms forms,
            Viewer viewer) {
        this.templates = templates;
        this.clusters = clusters;
        this.roles = roles;
        this.forms = forms;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance templates(List<TemplateView> templates, Pager pager, String status,
                String statusError, List<String> statuses, TemplateDraft draft, List<ClusterView> clusters,
                List<ApprovalRoleView> roles, String error, String done);

        static native TemplateInstance template(TemplateView template, long version, String error, String done);

        static native TemplateInstance retire(TemplateView template, long version, String error);
    }

    @GET
    public Response list(@RestQuery String status, @RestQuery @DefaultValue("0") int page, @RestQuery Long from,
            @RestQuery String done) {
        TemplateDraft draft = from == null ? TemplateDraft.empty() : TemplateDraft.copyOf(templates.get(from).body());
        TemplateStatus chosen;
        try {
            chosen = AdminPage.blank(status) == null ? null : TemplateStatus.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(page(new Paged<>(List.of(), 0, PAGE_SIZE, 0), status,
                    "must be one of " + String.join(", ", statuses()), draft, null, null)).build();
        }
        return Response.ok(page(templates.list(chosen, page, PAGE_SIZE), status, null, draft, null, done)).build();
    }

    /** Writes a DRAFT as {@code POST /api/v1/standard-changes} does; refused, the form comes back as it was typed. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CHANGE_MANAGER)
    public Response create(@RestForm String title, @RestForm String description, @RestForm String hosts,
            @RestForm List<String> clusters, @RestForm String maxMinutes, @RestForm List<String> stepTitle,
            @RestForm List<String> stepRole, @RestForm List<String> stepMinutes) {
        TemplateDraft draft = TemplateDraft.typed(title, description, hosts, clusters, maxMinutes, stepTitle,
                stepRole, stepMinutes);
        try {
            long id = templates.create(forms.valid(draft.body()), viewer.caller()).body().id();
            return Response.seeOther(AdminPage.done(LIST + "/" + id, "Wrote template " + id + " as a DRAFT"))
                    .build();
        } catch (ApiProblem problem) {
            TemplateDraft refused = draft.refused(problem);
            List<String> typedHosts = draft.hostNames();
            if (problem.status() == 422 && typedHosts != null && !HostCatalog.unknown(typedHosts).isEmpty()) {
                refused = refused.withHostError(problem.getMessage());
            }
            return Response.status(problem.status()).entity(page(templates.list(null, 0, PAGE_SIZE), null, null,
                    refused, Forms.summary(problem), null)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String done) {
        Versioned<TemplateView> template = templates.get(id);
        return Templates.template(template.body(), template.version(), null, done);
    }

    /** DRAFT → ACTIVE, given the version the page showed ({@code If-Match}). */
    @POST
    @Path("{id}/activate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CHANGE_MANAGER)
    public Response activate(@RestPath long id, @RestForm long version) {
        return written(id, version, templates::activate, "Activated template " + id,
                problem -> Templates.template(templates.get(id).body(), version, problem, null));
    }

    /** The question before retiring: what it means, and the button. */
    @GET
    @Path("{id}/retire")
    @RolesAllowed(Roles.CHANGE_MANAGER)
    public TemplateInstance confirmRetire(@RestPath long id) {
        Versioned<TemplateView> template = templates.get(id);
        return Templates.retire(template.body(), template.version(), null);
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CHANGE_MANAGER)
    public Response retire(@RestPath long id, @RestForm long version) {
        return written(id, version, templates::retire, "Retired template " + id,
                problem -> Templates.retire(templates.get(id).body(), version, problem));
    }

    /** One of the two transitions; refused (409, or 412 "changed meanwhile — reload"), the page says why. */
    private Response written(long id, long version, Transition transition, String done,
            Function<String, TemplateInstance> refused) {
        try {
            transition.apply(id, ETags.ifMatch(version), viewer.caller());
            return Response.seeOther(AdminPage.done(LIST + "/" + id, done)).build();
        } catch (ApiProblem problem) {
            return Response.status(problem.status()).entity(refused.apply(AdminPage.refusal(KIND, problem)))
                    .build();
        }
    }

    /** {@code StandardTemplates.activate} or {@code retire}. */
    private interface Transition {
        Versioned<TemplateView> apply(long id, String ifMatch, Caller caller);
    }

    private TemplateInstance page(Paged<TemplateView> found, String status, String statusError, TemplateDraft draft,
            String error, String done) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", AdminPage.text(status));
        return Templates.templates(found.items(), Pager.of(found, LIST, filters), AdminPage.text(status),
                statusError, statuses(), draft, clusters.list(0, 500).items(), roles.list(0, 500).items(), error,
                done);
    }

    private static List<String> statuses() {
        return Arrays.stream(TemplateStatus.values()).map(TemplateStatus::name).toList();
    }
}
