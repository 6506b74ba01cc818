package dev.lull.console;

import static dev.lull.console.AdminPage.blank;
import static dev.lull.console.AdminPage.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import dev.lull.change.OwnerBody;
import dev.lull.change.OwningTeams;
import dev.lull.console.AdminPage.Typed;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterView;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** A cluster's owning team, set or removed by change managers from the cluster's admin page, as the API allows. */
@Path("/admin/clusters/{name}/owner")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CHANGE_MANAGER)
public class ClusterTeamPage {
    private final ClusterCatalog clusters;
    private final OwningTeams teams;
    private final RoleDirectory roles;
    private final Forms forms;
    private final Viewer viewer;

    ClusterTeamPage(ClusterCatalog clusters, OwningTeams teams, RoleDirectory roles, Forms forms, Viewer viewer) {
        this.clusters = clusters;
        this.teams = teams;
        this.roles = roles;
        this.forms = forms;
        this.viewer = viewer;
    }

    /** Sets the owning team (an approval role, people, or both) as {@code PUT /clusters/{name}/owner} does. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(@RestPath String name, @RestForm String teamVersion, @RestForm String role,
            @RestForm String people) {
        List<String> named = blank(people) == null ? List.of() : List.of(people.trim().split("\\s*,\\s*"));
        return write(name, Map.of("role", text(role), "people", text(people)), teamVersion,
                ifMatch -> teams.put("cluster", name, forms.valid(new OwnerBody(blank(role), named)), ifMatch,
                        viewer.caller()),
                "Set the owning team of " + name);
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath String name, @RestForm String teamVersion) {
        return write(name, Map.of(), teamVersion, ifMatch -> teams.delete("cluster", name, ifMatch),
                "Removed the owning team of " + name);
    }

    /**
     * Writes the team given the version the page showed (none when it had no team); a refusal comes back next to the
     * team's fields, and a team created or changed meanwhile gets the reload advice.
     */
    private Response write(String name, Map<String, String> values, String teamVersion, Consumer<String> write,
            String done) {
        Versioned<ClusterView> current = clusters.get(name);
        try {
            write.accept(blank(teamVersion) == null ? null : ETags.ifMatch(Long.parseLong(teamVersion.trim())));
            return Response.seeOther(AdminPage.done(ClusterAdminPage.LIST + "/" + name, done)).build();
        } catch (ApiProblem | NumberFormatException refusal) {
            ApiProblem problem = refusal instanceof ApiProblem p && p.status() != 428
                    ? p
                    : new ApiProblem(412, "the owning team was changed meanwhile");
            Map<String, String> shown = new HashMap<>(values);
            shown.put("description", text(current.body().description()));
            shown.put("minAvailable", String.valueOf(current.body().minAvailable()));
            Typed typed = Typed.refused("team", shown, AdminPage.refusal("owning team", problem), problem);
            return Response.status(problem.status()).entity(ClusterAdminPage.Templates.cluster(current.body(),
                    current.version(), ClusterAdminPage.team(teams, name), roles.list(0, 500).items(), typed, null))
                    .build();
        }
    }
}
