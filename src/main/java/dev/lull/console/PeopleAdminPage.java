package dev.lull.console;

import static dev.lull.console.AdminPage.blank;
import static dev.lull.console.AdminPage.text;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
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
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import dev.lull.console.AdminPage.Deletion;
import dev.lull.console.AdminPage.Typed;
import dev.lull.people.PersonDirectory;
import dev.lull.people.PersonRequest;
import dev.lull.people.PersonView;
import dev.lull.people.Username;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Paged;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** People's profiles: admins add, edit and delete them; each person edits their own, as the API allows. */
@Path("/admin/people")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class PeopleAdminPage {
    static final String LIST = "/admin/people";
    private static final int PAGE_SIZE = 50;
    private static final String CONSEQUENCE = "The user still signs in; changes and notices show the bare username.";
    private final PersonDirectory people;
    private final SecurityIdentity identity;
    private final Forms forms;

    PeopleAdminPage(PersonDirectory people, SecurityIdentity identity, Forms forms) {
        this.people = people;
        this.identity = identity;
        this.forms = forms;
    }

    /** A username as a new profile's key, checked as the API checks its path. */
    record Login(@NotNull @Username String username) {
    }

    /** One person in the list, and whether the viewer may edit their profile. */
    public record Row(PersonView person, boolean editable) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(List<Row> people, Pager pager, Typed typed, String done);

        static native TemplateInstance person(String username, long version, Typed typed);
    }

    @GET
    public TemplateInstance list(@RestQuery @DefaultValue("0") int page, @RestQuery String done) {
        return page(page, Typed.none(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response add(@RestForm String username, @RestForm String displayName, @RestForm String email) {
        Map<String, String> typed = typed(username, displayName, email);
        try {
            PersonRequest request = validNew(blank(username), typed);
            if (people.find(username.trim()).isPresent()) {
                throw ApiProblem.conflict("a profile for '" + username.trim() + "' exists already; edit it instead");
            }
            people.put(username.trim(), request, null);
            return Response.seeOther(AdminPage.done(LIST, "Added " + username.trim())).build();
        } catch (ApiProblem problem) {
            Typed refused = Typed.refused("add", typed, AdminPage.refusal("profile", problem), problem);
            return Response.status(problem.status()).entity(page(0, refused, null)).build();
        }
    }

    @GET
    @Path("{username}")
    public TemplateInstance edit(@RestPath String username) {
        requireMayEdit(username);
        Versioned<PersonView> current = people.get(username);
        PersonView person = current.body();
        return Templates.person(username, current.version(),
                new Typed("edit", typed(username, person.displayName(), person.email()), null, Map.of()));
    }

    @POST
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String username, @RestForm long version, @RestForm String displayName,
            @RestForm String email) {
        requireMayEdit(username);
        Map<String, String> typed = typed(username, displayName, email);
        try {
            people.put(username, forms.valid(profile(typed)), ETags.ifMatch(version));
            return Response.seeOther(AdminPage.done(LIST, "Saved " + username)).build();
        } catch (ApiProblem problem) {
            Typed refused = Typed.refused("edit", typed, AdminPage.refusal("profile", problem), problem);
            return Response.status(problem.status()).entity(Templates.person(username, version, refused)).build();
        }
    }

    @GET
    @Path("{username}/delete")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance confirm(@RestPath String username) {
        return AdminPage.Templates.confirm(deletion(username, people.get(username).version()));
    }

    @POST
    @Path("{username}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@RestPath String username, @RestForm long version) {
        return AdminPage.deleted(deletion(username, version), ifMatch -> people.delete(username, ifMatch));
    }

    private TemplateInstance page(int page, Typed typed, String done) {
        Paged<PersonView> found = people.list(page, PAGE_SIZE);
        List<Row> rows = found.items().stream()
                .map(person -> new Row(person, PersonDirectory.mayEdit(identity, person.username()))).toList();
        return Templates.people(rows, Pager.of(found, LIST, Map.of()), typed, done);
    }

    private void requireMayEdit(String username) {
        if (!PersonDirectory.mayEdit(identity, username)) {
            throw new ForbiddenException();
        }
    }

    /** The new profile, or the API's 400 naming every broken field, the username's included. */
    private PersonRequest validNew(String username, Map<String, String> typed) {
        PersonRequest request = profile(typed);
        forms.requireValid(List.of(), new Login(username), request);
        return request;
    }

    private static Deletion deletion(String username, long version) {
        return new Deletion("profile", username, version, CONSEQUENCE, LIST, null);
    }

    private static Map<String, String> typed(String username, String displayName, String email) {
        return Map.of("username", text(username), "displayName", text(displayName), "email", text(email));
    }

    private static PersonRequest profile(Map<String, String> typed) {
        return new PersonRequest(blank(typed.get("displayName")), blank(typed.get("email")));
    }
}
