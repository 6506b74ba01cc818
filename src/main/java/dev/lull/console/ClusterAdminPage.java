package dev.lull.console;

import static dev.lull.console.AdminPage.blank;
import static dev.lull.console.AdminPage.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

import dev.lull.change.OwnerView;
import dev.lull.change.OwningTeams;
import dev.lull.console.AdminPage.Deletion;
import dev.lull.console.AdminPage.Typed;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterRequest;
import dev.lull.inventory.ClusterView;
import dev.lull.people.ApprovalRoleView;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.FieldError;
import dev.lull.platform.Paged;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/**
 * Clusters for admins: list (filtered by part of the name), add, edit (description, minAvailable), delete when
 * empty; and their owning team, which change managers set or remove as the API lets them.
 */
@Path("/admin/clusters")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class ClusterAdminPage {
    static final String LIST = "/admin/clusters";
    private static final int PAGE_SIZE = 50;
    private static final String CONSEQUENCE = "Only a cluster without hosts can go: move or delete its hosts first.";
    private final ClusterCatalog clusters;
    private final OwningTeams teams;
    private final RoleDirectory roles;
    private final Forms forms;

    ClusterAdminPage(ClusterCatalog clusters, OwningTeams teams, RoleDirectory roles, Forms forms) {
        this.clusters = clusters;
        this.teams = teams;
        this.roles = roles;
        this.forms = forms;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clusters(List<ClusterView> clusters, Pager pager, String nameContains,
                Typed typed, String done);

        static native TemplateInstance cluster(ClusterView cluster, long version, Versioned<OwnerView> team,
                List<ApprovalRoleView> roles, Typed typed, String done);
    }

    @GET
    public TemplateInstance list(@RestQuery String nameContains, @RestQuery @DefaultValue("0") int page,
            @RestQuery String done) {
        return page(nameContains, page, Typed.none(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response add(@RestForm String name, @RestForm String description, @RestForm String minAvailable) {
        Map<String, String> typed = typed(name, description, minAvailable);
        try {
            clusters.create(valid(name, typed));
            return Response.seeOther(AdminPage.done(LIST, "Added cluster " + name.trim())).build();
        } catch (ApiProblem problem) {
            Typed refused = Typed.refused("add", typed, AdminPage.refusal("cluster", problem), problem);
            return Response.status(problem.status()).entity(page(null, 0, refused, null)).build();
        }
    }

    @GET
    @Path("{name}")
    @RolesAllowed(Roles.CHANGE_MANAGER)
    public TemplateInstance edit(@RestPath String name, @RestQuery String done) {
        Versioned<ClusterView> current = clusters.get(name);
        ClusterView cluster = current.body();
        Versioned<OwnerView> team = team(teams, name);
        Typed typed = new Typed("edit", withTeam(typed(name, text(cluster.description()),
                String.valueOf(cluster.minAvailable())), team), null, Map.of());
        return Templates.cluster(cluster, current.version(), team, roles.list(0, 500).items(), typed, done);
    }

    @POST
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response save(@RestPath String name, @RestForm long version, @RestForm String description,
            @RestForm String minAvailable) {
        Map<String, String> typed = typed(name, description, minAvailable);
        try {
            clusters.replace(name, valid(name, typed), ETags.ifMatch(version));
            return Response.seeOther(AdminPage.done(LIST, "Saved cluster " + name)).build();
        } catch (ApiProblem problem) {
            Versioned<OwnerView> team = team(teams, name);
            Typed refused = Typed.refused("edit", withTeam(typed, team), AdminPage.refusal("cluster", problem),
                    problem);
            return Response.status(problem.status()).entity(Templates.cluster(clusters.get(name).body(), version,
                    team, roles.list(0, 500).items(), refused, null)).build();
        }
    }

    @GET
    @Path("{name}/delete")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance confirm(@RestPath String name) {
        return AdminPage.Templates.confirm(deletion(name, clusters.get(name).version()));
    }

    @POST
    @Path("{name}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@RestPath String name, @RestForm long version) {
        return AdminPage.deleted(deletion(name, version), ifMatch -> clusters.delete(name, ifMatch));
    }

    private TemplateInstance page(String nameContains, int page, Typed typed, String done) {
        Paged<ClusterView> found = clusters.list(blank(nameContains), page, PAGE_SIZE);
        return Templates.clusters(found.items(), Pager.of(found, LIST, Map.of("nameContains", text(nameContains))),
                text(nameContains), typed, done);
    }

    /** The cluster's owning team with its version, or null when it has none. */
    static Versioned<OwnerView> team(OwningTeams teams, String name) {
        try {
            return teams.get("cluster", name);
        } catch (ApiProblem none) {
            return null;
        }
    }

    private static Deletion deletion(String name, long version) {
        return new Deletion("cluster", name, version, CONSEQUENCE, LIST, null);
    }

    /** The form's values with the owning team's role and people, as its form shows them. */
    private static Map<String, String> withTeam(Map<String, String> values, Versioned<OwnerView> team) {
        Map<String, String> all = new HashMap<>(values);
        all.put("role", team == null ? "" : text(team.body().role()));
        all.put("people", team == null ? "" : String.join(", ", team.body().people()));
        return all;
    }

    private static Map<String, String> typed(String name, String description, String minAvailable) {
        return Map.of("name", text(name), "description", text(description), "minAvailable", text(minAvailable));
    }

    /** The cluster as typed, or the API's 400 naming every broken field (a count that is no number included). */
    private ClusterRequest valid(String name, Map<String, String> typed) {
        List<FieldError> found = new ArrayList<>();
        Integer minAvailable = null;
        try {
            minAvailable = blank(typed.get("minAvailable")) == null
                    ? null
                    : Integer.valueOf(typed.get("minAvailable").trim());
        } catch (NumberFormatException e) {
            found.add(new FieldError("minAvailable", "must be a whole number"));
        }
        ClusterRequest request = new ClusterRequest(blank(name), blank(typed.get("description")), minAvailable);
        forms.requireValid(found, request);
        return request;
    }
}
