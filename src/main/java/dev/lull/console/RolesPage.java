package dev.lull.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
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

import dev.lull.people.ApprovalRoleRequest;
import dev.lull.people.ApprovalRoleView;
import dev.lull.people.PersonDirectory;
import dev.lull.people.PersonView;
import dev.lull.people.RoleDirectory;
import dev.lull.people.Username;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.ResourceName;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/**
 * Approval roles and their named owners: everyone reads them; admins add roles, retitle them, change owners and delete
 * roles nothing names.
 */
@Path("/admin/roles")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class RolesPage {
    private static final String LIST = "/admin/roles";
    private static final String CONSEQUENCE = "Only a role that nothing names can go: owning teams, approval policies, "
            + "standard change templates, role calendar feeds and changes (their history included) keep it.";
    private final RoleDirectory roles;
    private final PersonDirectory people;
    private final Forms forms;
    private final Viewer viewer;

    RolesPage(RoleDirectory roles, PersonDirectory people, Forms forms, Viewer viewer) {
        this.roles = roles;
        this.people = people;
        this.forms = forms;
        this.viewer = viewer;
    }

    /** A new role's key, checked as the API checks the key in its path. */
    record NewKey(@NotBlank @ResourceName String key) {
    }

    /** An owner to add, checked as the API checks each owner. */
    record NewOwner(@NotBlank @Username String owner) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance roles(List<ApprovalRoleView> roles, List<PersonView> people,
                Versioned<ApprovalRoleView> editing, FormInput form, String done);
    }

    @GET
    public TemplateInstance show(@RestQuery String edit, @RestQuery String done) {
        Versioned<ApprovalRoleView> editing = edit != null && viewer.isAdmin() ? roles.get(edit) : null;
        return page(editing, FormInput.none(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response add(@RestForm String key, @RestForm String title) {
        FormInput typed = FormInput.of("add", "key", key, "title", title);
        try {
            String valid = forms.valid(new NewKey(FormInput.trimmed(key))).key();
            roles.put(valid, forms.valid(new ApprovalRoleRequest(FormInput.trimmed(title), List.of())), null);
            return done("Added role " + valid, valid);
        } catch (ApiProblem problem) {
            ApiProblem shown = problem.status() == 428
                    ? ApiProblem.invalid("key", "a role with this key exists already; edit it in the list")
                    : problem;
            return refused(null, typed.refused(shown, "role"), shown);
        }
    }

    @POST
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response retitle(@RestPath String key, @RestForm long version, @RestForm String title) {
        FormInput typed = FormInput.of("title", "title", title);
        return store(key, version, typed, role -> new ApprovalRoleRequest(FormInput.trimmed(title), role.owners()),
                "Saved the title of " + key);
    }

    @POST
    @Path("{key}/owners")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response addOwner(@RestPath String key, @RestForm long version, @RestForm String owner) {
        FormInput typed = FormInput.of("owner", "owner", owner);
        return store(key, version, typed, role -> {
            List<String> owners = new ArrayList<>(role.owners());
            owners.add(forms.valid(new NewOwner(FormInput.trimmed(owner))).owner());
            return new ApprovalRoleRequest(role.title(), owners);
        }, "Added " + FormInput.trimmed(owner) + " as an owner of " + key);
    }

    @POST
    @Path("{key}/owners/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response removeOwner(@RestPath String key, @RestForm long version, @RestForm String owner) {
        return store(key, version, FormInput.of("remove"), role -> new ApprovalRoleRequest(role.title(),
                role.owners().stream().filter(o -> !o.equals(owner)).toList()),
                "Removed " + owner + " from the owners of " + key);
    }

    @GET
    @Path("{key}/delete")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance confirm(@RestPath String key) {
        return AdminPage.Templates.confirm(deletion(key, roles.get(key).version()));
    }

    @POST
    @Path("{key}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@RestPath String key, @RestForm long version) {
        return AdminPage.deleted(deletion(key, version), ifMatch -> roles.delete(key, ifMatch));
    }

    private static AdminPage.Deletion deletion(String key, long version) {
        return new AdminPage.Deletion("role", key, version, CONSEQUENCE, LIST, null);
    }

    /** Replaces the role with what {@code change} makes of it, if it is still at {@code version}. */
    private Response store(String key, long version, FormInput typed,
            Function<ApprovalRoleView, ApprovalRoleRequest> change, String done) {
        Versioned<ApprovalRoleView> current = roles.get(key);
        try {
            roles.put(key, forms.valid(change.apply(current.body())), ETags.ifMatch(version));
            return done(done, key);
        } catch (ApiProblem problem) {
            return refused(new Versioned<>(current.body(), version), typed.refused(problem, "role"), problem);
        }
    }

    private Response refused(Versioned<ApprovalRoleView> editing, FormInput form, ApiProblem problem) {
        return Response.status(problem.status()).entity(page(editing, form, null)).build();
    }

    private TemplateInstance page(Versioned<ApprovalRoleView> editing, FormInput form, String done) {
        return Templates.roles(roles.list(0, 500).items(), people.list(0, 500).items(), editing, form, done);
    }

    private static Response done(String what, String key) {
        return Response.seeOther(URI.create("/admin/roles?edit=" + URLEncoder.encode(key, StandardCharsets.UTF_8)
                + "&done=" + URLEncoder.encode(what, StandardCharsets.UTF_8))).build();
    }
}
