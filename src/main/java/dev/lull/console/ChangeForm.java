package dev.lull.console;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

import dev.lull.change.ChangeActions;
import dev.lull.change.ChangeDesk;
import dev.lull.change.ChangeView;
import dev.lull.inventory.HostCatalog;
import dev.lull.inventory.HostView;
import dev.lull.people.ApprovalRoleView;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** Requesting a change, or editing one still NEW: the API's rules and messages, each shown next to its field. */
@Path("/changes/new")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.REQUESTER)
public class ChangeForm {
    private final ChangeDesk desk;
    private final ChangeActions actions;
    private final HostCatalog hosts;
    private final RoleDirectory roles;
    private final Forms forms;
    private final Viewer viewer;

    ChangeForm(ChangeDesk desk, ChangeActions actions, HostCatalog hosts, RoleDirectory roles, Forms forms,
            Viewer viewer) {
        this.desk = desk;
        this.actions = actions;
        this.hosts = hosts;
        this.roles = roles;
        this.forms = forms;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ChangeDraft draft, List<HostView> hosts, List<ApprovalRoleView> roles,
                String zone, String error, Map<String, String> errors, ShownConflicts conflicts);
    }

    @GET
    public TemplateInstance blank(@RestQuery List<String> hosts, @RestQuery String start, @RestQuery String end,
            @RestQuery Long edit) {
        ChangeDraft draft;
        if (edit != null) {
            Versioned<ChangeView> change = desk.get(edit, viewer.caller());
            draft = ChangeDraft.of(change.body(), change.version(), viewer.zone());
        } else {
            draft = ChangeDraft.of(hosts, local(start), local(end));
        }
        return form(draft, null, Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm Long edit, @RestForm long version, @RestForm String title,
            @RestForm String description, @RestForm String type, @RestForm List<String> hosts, @RestForm String start,
            @RestForm String end, @RestForm List<String> stepTitle, @RestForm List<String> stepRole,
            @RestForm List<String> stepMinutes, @RestForm List<String> requiredRoles, @RestForm String risk,
            @RestForm String backoutPlan, @RestForm String blackoutOverride, @RestForm String then) {
        List<ChangeDraft.Step> steps = new ArrayList<>();
        for (int i = 0; i < stepTitle.size(); i++) {
            steps.add(new ChangeDraft.Step(i, stepTitle.get(i), at(stepRole, i), at(stepMinutes, i)));
        }
        ChangeDraft draft = new ChangeDraft(edit, version, title, description, type, hosts, start, end,
                ChangeDraft.steps(steps), requiredRoles, risk, backoutPlan, blackoutOverride);
        try {
            var body = forms.valid(draft.body(viewer.zone()));
            Versioned<ChangeView> saved = edit == null
                    ? desk.create(body, viewer.caller())
                    : desk.edit(edit, body, ETags.ifMatch(version), viewer.caller());
            if ("SUBMIT".equals(then)) {
                return submit(saved, draft);
            }
            return Response.seeOther(URI.create("/changes/" + saved.body().id() + "?done=SAVED")).build();
        } catch (ApiProblem problem) {
            String message = Forms.summary(problem);
            return Response.status(problem.status()).entity(form(draft, message, Forms.byField(problem), null))
                    .build();
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(form(draft, "Pick a type and a risk from the lists.", Map.of(), null))
                    .build();
        }
    }

    /** Submits the change just saved; refused, the form comes back editing it, with the conflicts as a table. */
    private Response submit(Versioned<ChangeView> saved, ChangeDraft draft) {
        long id = saved.body().id();
        try {
            actions.submit(id, ETags.ifMatch(saved.version()), viewer.caller());
            return Response.seeOther(URI.create("/changes/" + id + "?done=SUBMIT")).build();
        } catch (ApiProblem problem) {
            ChangeDraft kept = draft.saved(id, saved.version());
            String message = "Saved as change " + id + " (NEW), but not submitted: " + Forms.message(problem);
            return Response.status(problem.status()).entity(form(kept, message, Map.of(), ShownConflicts.refused(
                    problem, false, ChangePage.window(saved.body()), viewer.zone()))).build();
        }
    }

    private TemplateInstance form(ChangeDraft draft, String error, Map<String, String> errors,
            ShownConflicts conflicts) {
        return Templates.form(draft, hosts.list(null, null, 0, 500).items(), roles.list(0, 500).items(),
                viewer.zone().getId(), error, errors, conflicts);
    }

    private String local(String instant) {
        try {
            return instant == null ? "" : Forms.local(Instant.parse(instant), viewer.zone());
        } catch (java.time.format.DateTimeParseException e) {
            return "";
        }
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : "";
    }
}
