package dev.lull.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterView;
import dev.lull.inventory.HostCatalog;
import dev.lull.inventory.HostView;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;
import dev.lull.servicelevel.ServiceLevelCatalog;
import dev.lull.servicelevel.ServiceLevelRequest;
import dev.lull.servicelevel.ServiceLevelView;

/** Service levels of clusters and hosts: everyone reads them; admins set, change and remove them. */
@Path("/admin/service-levels")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class ServiceLevelsPage {
    private final ServiceLevelCatalog levels;
    private final ClusterCatalog clusters;
    private final HostCatalog hosts;
    private final Forms forms;
    private final Viewer viewer;

    ServiceLevelsPage(ServiceLevelCatalog levels, ClusterCatalog clusters, HostCatalog hosts, Forms forms,
            Viewer viewer) {
        this.levels = levels;
        this.clusters = clusters;
        this.hosts = hosts;
        this.forms = forms;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance levels(List<ServiceLevelView> levels, List<String> clusters,
                List<String> hosts, FormInput form, Versioned<ServiceLevelView> editing,
                Versioned<ServiceLevelView> confirm, String done);
    }

    @GET
    public TemplateInstance show(@RestQuery String edit, @RestQuery String delete, @RestQuery String done) {
        Versioned<ServiceLevelView> editing = edit != null && viewer.isAdmin() ? level(edit) : null;
        FormInput form = editing == null
                ? FormInput.none()
                : FormInput.of("edit", "availabilityTarget", Double.toString(editing.body().availabilityTarget()),
                        "periodLength", editing.body().periodLength().toString());
        return page(form, editing, delete != null && viewer.isAdmin() ? level(delete) : null, done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response add(@RestForm String target, @RestForm String availabilityTarget,
            @RestForm String periodLength) {
        FormInput typed = FormInput.of("add", "target", target, "availabilityTarget", availabilityTarget,
                "periodLength", periodLength);
        try {
            String[] scoped = String.valueOf(target).split("/", 2);
            if (scoped.length < 2 || scoped[1].isBlank()) {
                throw ApiProblem.invalid("target", "choose a cluster or a host");
            }
            set(scoped[0], scoped[1], availabilityTarget, periodLength, null);
            return done("Set the service level of " + scoped[0] + " " + scoped[1]);
        } catch (ApiProblem problem) {
            ApiProblem shown = problem.status() == 428
                    ? ApiProblem.invalid("target", "has a service level already; edit it in the list")
                    : problem;
            return refused(typed.refused(shown, "service level"), null, shown);
        }
    }

    @POST
    @Path("{scope}/{name}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response edit(@RestPath String scope, @RestPath String name, @RestForm long version,
            @RestForm String availabilityTarget, @RestForm String periodLength) {
        FormInput typed = FormInput.of("edit", "availabilityTarget", availabilityTarget, "periodLength",
                periodLength);
        try {
            set(scope, name, availabilityTarget, periodLength, ETags.ifMatch(version));
            return done("Saved the service level of " + scope + " " + name);
        } catch (ApiProblem problem) {
            return refused(typed.refused(problem, "service level"), new Versioned<>(level(scope + "/" + name).body(),
                    version), problem);
        }
    }

    @POST
    @Path("{scope}/{name}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@RestPath String scope, @RestPath String name, @RestForm long version) {
        try {
            if (scope.equals("host")) {
                levels.removeFromHost(name, ETags.ifMatch(version));
            } else {
                levels.removeFromCluster(name, ETags.ifMatch(version));
            }
            return done("Removed the service level of " + scope + " " + name);
        } catch (ApiProblem problem) {
            return refused(FormInput.of("delete").refused(problem, "service level"), null, problem);
        }
    }

    private void set(String scope, String name, String target, String period, String ifMatch) {
        ServiceLevelRequest request = forms.valid(new ServiceLevelRequest(number(target),
                FormInput.trimmed(period)));
        switch (scope) {
            case "cluster" -> levels.setForCluster(name, request, ifMatch);
            case "host" -> levels.setForHost(name, request, ifMatch);
            default -> throw ApiProblem.invalid("target", "must be a cluster or a host, not '" + scope + "'");
        }
    }

    private static Double number(String text) {
        try {
            return FormInput.trimmed(text) == null ? null : Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("availabilityTarget", "must be a number such as 0.999");
        }
    }

    /** The level at {@code cluster/name} or {@code host/name}, with its version. */
    private Versioned<ServiceLevelView> level(String path) {
        String[] scoped = path.split("/", 2);
        return scoped.length == 2 && scoped[0].equals("host")
                ? levels.ofHost(scoped[1])
                : levels.ofCluster(scoped.length == 2 ? scoped[1] : path);
    }

    private Response refused(FormInput form, Versioned<ServiceLevelView> editing, ApiProblem problem) {
        return Response.status(problem.status()).entity(page(form, editing, null, null)).build();
    }

    private TemplateInstance page(FormInput form, Versioned<ServiceLevelView> editing,
            Versioned<ServiceLevelView> confirm, String done) {
        return Templates.levels(levels.list(0, 500).items(),
                clusters.list(0, 500).items().stream().map(ClusterView::name).toList(),
                hosts.list(null, null, 0, 500).items().stream().map(HostView::name).toList(), form, editing, confirm,
                done);
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/admin/service-levels?done="
                + URLEncoder.encode(what, StandardCharsets.UTF_8))).build();
    }
}
