package dev.lull.console;

import static dev.lull.console.AdminPage.blank;
import static dev.lull.console.AdminPage.text;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.TemplateInstance;

import dev.lull.change.OwnerBody;
import dev.lull.change.OwningTeams;
import dev.lull.console.AdminPage.Typed;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.Roles;

/** A host's owning team, set or removed by change managers from the host's admin page, as the API allows. */
@Path("/admin/hosts/{name}/owner")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CHANGE_MANAGER)
public class HostTeamPage {
    private final OwningTeams teams;
    private final HostSheet sheet;
    private final Forms forms;
    private final Viewer viewer;

    HostTeamPage(OwningTeams teams, HostSheet sheet, Forms forms, Viewer viewer) {
        this.teams = teams;
        this.sheet = sheet;
        this.forms = forms;
        this.viewer = viewer;
    }

    /** Sets the owning team (an approval role, people, or both) as {@code PUT /hosts/{name}/owner} does. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(@RestPath String name, @RestForm String teamVersion, @RestForm String role,
            @RestForm String people) {
        List<String> named = blank(people) == null ? List.of() : List.of(people.trim().split("\\s*,\\s*"));
        Map<String, String> typed = Map.of("teamRole", text(role), "people", text(people));
        return sheet.write(name, teamVersion,
                ifMatch -> teams.put(HostSheet.HOST, name, forms.valid(new OwnerBody(blank(role), named)), ifMatch,
                        viewer.caller()),
                "Set the owning team of " + name, problem -> refused(name, typed, problem));
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath String name, @RestForm String teamVersion) {
        return sheet.remove(name, teamVersion, ifMatch -> teams.delete(HostSheet.HOST, name, ifMatch),
                "Removed the owning team of " + name, problem -> refused(name, Map.of(), problem));
    }

    private TemplateInstance refused(String name, Map<String, String> typed, ApiProblem problem) {
        return sheet.page(name, Typed.refused("team", typed, AdminPage.refusal("owning team", problem), problem),
                null, null);
    }
}
