package dev.lull.console;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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

import dev.lull.change.ApprovalBody;
import dev.lull.change.ApprovalDecision;
import dev.lull.change.ApprovalView;
import dev.lull.change.AuthorizeBody;
import dev.lull.change.Caller;
import dev.lull.change.CancelBody;
import dev.lull.change.ChangeAction;
import dev.lull.change.ChangeActions;
import dev.lull.change.ChangeDesk;
import dev.lull.change.ChangeEvent;
import dev.lull.change.ChangeImplementation;
import dev.lull.change.ChangeRefusals;
import dev.lull.change.ChangeView;
import dev.lull.change.CloseBody;
import dev.lull.change.CompleteBody;
import dev.lull.change.Outcome;
import dev.lull.change.RescheduleBody;
import dev.lull.inventory.Host;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** A change: status, window in host and viewer time, approvals, plan, history, and the caller's actions as buttons. */
@Path("/changes/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class ChangePage {
    private final ChangeDesk desk;
    private final ChangeActions actions;
    private final ChangeImplementation implementation;
    private final ChangeRefusals refusals;
    private final RoleDirectory roles;
    private final Forms forms;
    private final Viewer viewer;

    ChangePage(ChangeDesk desk, ChangeActions actions, ChangeImplementation implementation, ChangeRefusals refusals,
            RoleDirectory roles, Forms forms, Viewer viewer) {
        this.desk = desk;
        this.actions = actions;
        this.implementation = implementation;
        this.refusals = refusals;
        this.roles = roles;
        this.forms = forms;
        this.viewer = viewer;
    }

    /** One row of the approval matrix: a role, its owners, its decision, and whether the viewer may decide now. */
    public record MatrixRow(String role, List<String> owners, String state, String decidedBy, String decidedAt,
            String comment, boolean mine) {
    }

    /** A host's name with the window in its own time. */
    public record HostTime(String host, String zone, String start, String end) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance change(ChangeView change, long version, List<HostTime> hostTimes,
                String start, String end, List<MatrixRow> matrix, List<ChangeEvent> history, Set<String> actions,
                String next, String windowStart, String windowEnd, String error, String done);
    }

    @GET
    public TemplateInstance show(@RestPath long id, @RestQuery String done) {
        return page(desk.get(id, viewer.caller()), null, done);
    }

    @POST
    @Path("act")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@RestPath long id, @RestForm String action, @RestForm long version, @RestForm String role,
            @RestForm String comment, @RestForm String outcome, @RestForm String start, @RestForm String end,
            @RestForm Integer step) {
        String ifMatch = ETags.ifMatch(version);
        Caller caller = viewer.caller();
        try {
            ChangeAction chosen = ChangeAction.valueOf(action);
            Function<Caller, Versioned<ChangeView>> call = switch (chosen) {
                case SUBMIT -> c -> actions.submit(id, ifMatch, c);
                case APPROVE, REJECT -> c -> actions.decide(id, forms.valid(new ApprovalBody(role,
                        chosen == ChangeAction.APPROVE ? ApprovalDecision.APPROVE : ApprovalDecision.REJECT,
                        blank(comment))), ifMatch, c);
                case AUTHORIZE, REJECT_AUTHORIZATION -> c -> actions.authorize(id, forms.valid(new AuthorizeBody(
                        chosen == ChangeAction.AUTHORIZE ? ApprovalDecision.APPROVE : ApprovalDecision.REJECT,
                        blank(comment))), ifMatch, c);
                case RESCHEDULE -> c -> actions.reschedule(id, forms.valid(new RescheduleBody(
                        Forms.instant("start", start, viewer.zone()), Forms.instant("end", end, viewer.zone()),
                        blank(comment))), ifMatch, c);
                case CANCEL -> c -> actions.cancel(id, forms.valid(new CancelBody(blank(comment))), ifMatch, c);
                case START -> c -> implementation.start(id, ifMatch, c);
                case COMPLETE_STEP -> c -> implementation.stepDone(id, step == null ? 0 : step, ifMatch, c);
                case COMPLETE -> c -> implementation.complete(id, forms.valid(new CompleteBody(
                        outcome == null ? null : Outcome.valueOf(outcome), blank(comment), null, null)), ifMatch, c);
                case CLOSE -> c -> implementation.close(id, forms.valid(new CloseBody(blank(comment))), ifMatch, c);
                case EDIT -> c -> {
                    throw ApiProblem.badRequest("edit the change with its form");
                };
            };
            refusals.recorded(id, chosen, caller, () -> call.apply(caller));
            return Response.seeOther(URI.create("/changes/" + id + "?done=" + chosen)).build();
        } catch (IllegalArgumentException | NullPointerException e) {
            return refused(id, ApiProblem.badRequest("unknown action or outcome: " + action));
        } catch (ApiProblem problem) {
            return refused(id, problem);
        }
    }

    private Response refused(long id, ApiProblem problem) {
        TemplateInstance page = page(desk.get(id, viewer.caller()), Forms.message(problem), null);
        return Response.status(problem.status()).entity(page).build();
    }

    private TemplateInstance page(Versioned<ChangeView> versioned, String error, String done) {
        ChangeView change = versioned.body();
        List<HostTime> hostTimes = new ArrayList<>();
        for (String name : change.hosts()) {
            Host.findByName(name).ifPresent(h -> hostTimes.add(new HostTime(name, h.timeZone,
                    Viewer.at(change.window().start(), h.zone()), Viewer.at(change.window().end(), h.zone()))));
        }
        Set<String> allowed = new LinkedHashSet<>();
        change.allowedActions().forEach(a -> allowed.add(a.name()));
        String next = change.plan().stream().filter(s -> s.doneAt() == null).findFirst()
                .map(s -> Integer.toString(s.number())).orElse("");
        return Templates.change(change, versioned.version(), hostTimes, viewer.at(change.window().start()),
                viewer.at(change.window().end()), matrix(change, allowed), desk.history(change.id(), 0, 500).items(),
                allowed, next,
                Forms.local(change.window().start(), viewer.zone()), Forms.local(change.window().end(),
                        viewer.zone()),
                error, done);
    }

    private List<MatrixRow> matrix(ChangeView change, Set<String> allowed) {
        Map<String, Set<String>> owners = roles.ownersByRole();
        List<MatrixRow> rows = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (ApprovalView approval : change.approvals()) {
            listed.add(approval.role());
            boolean mine = allowed.contains("APPROVE") && approval.state().name().equals("PENDING")
                    && owners.getOrDefault(approval.role(), Set.of()).contains(viewer.username());
            rows.add(new MatrixRow(approval.role(), sorted(owners.get(approval.role())), approval.state().name(),
                    approval.decidedBy(), viewer.at(approval.decidedAt()), approval.comment(), mine));
        }
        Set<String> asked = new LinkedHashSet<>(change.requiredRoles());
        asked.addAll(change.policyRoles());
        for (String role : asked) {
            if (listed.add(role)) {
                rows.add(new MatrixRow(role, sorted(owners.get(role)), "not asked yet", null, "", null, false));
            }
        }
        return rows;
    }

    private static List<String> sorted(Set<String> owners) {
        return owners == null ? List.of() : owners.stream().sorted().toList();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
