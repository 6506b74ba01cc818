package dev.lull.console;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import dev.lull.change.WorkLoad;
import dev.lull.inventory.Host;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;
import dev.lull.schedule.Interval;

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
    private final WorkLoad workLoad;
    private final Forms forms;
    private final Viewer viewer;

    ChangePage(ChangeDesk desk, ChangeActions actions, ChangeImplementation implementation, ChangeRefusals refusals,
            RoleDirectory roles, WorkLoad workLoad, Forms forms, Viewer viewer) {
        this.desk = desk;
        this.actions = actions;
        this.implementation = implementation;
        this.refusals = refusals;
        this.roles = roles;
        this.workLoad = workLoad;
        this.forms = forms;
        this.viewer = viewer;
    }

    /** The window the reschedule form shows: the change's, or the one a refused reschedule asked for. */
    record Asked(String start, String end, Interval window) {
    }

    /** A host's name with the window in its own time. */
    public record HostTime(String host, String zone, String start, String end) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance change(ChangeView change, long version, List<HostTime> hostTimes,
                String start, String end, List<ApprovalMatrix.Row> matrix, List<ChangeEvent> history,
                Set<String> actions, String next, String windowStart, String windowEnd, String error, String done,
                ShownConflicts conflicts, WorkLoad.Comparison load, List<LoadRows.Row> loadRows);
    }

    @GET
    public TemplateInstance show(@RestPath long id, @RestQuery String done) {
        return page(desk.get(id, viewer.caller()), null, null, null, done);
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
                case WATCH, WATCH_OVERRIDE -> c -> {
                    throw ApiProblem.badRequest("the watch of a change is read and overridden through its API");
                };
            };
            refusals.recorded(id, chosen, caller, () -> call.apply(caller));
            return Response.seeOther(URI.create("/changes/" + id + "?done=" + chosen)).build();
        } catch (IllegalArgumentException | NullPointerException e) {
            return refused(id, ApiProblem.badRequest("unknown action or outcome: " + action), null);
        } catch (ApiProblem problem) {
            return refused(id, problem, "RESCHEDULE".equals(action) ? asked(start, end) : null);
        }
    }

    private Response refused(long id, ApiProblem problem, Asked asked) {
        Versioned<ChangeView> change = desk.get(id, viewer.caller());
        Interval window = asked != null && asked.window() != null ? asked.window() : window(change.body());
        ShownConflicts conflicts = ShownConflicts.refused(problem, asked != null, window, viewer.zone());
        TemplateInstance page = page(change, asked, conflicts, Forms.message(problem), null);
        return Response.status(problem.status()).entity(page).build();
    }

    /** The window a reschedule asked for, as typed, and as an interval when it reads as one. */
    private Asked asked(String start, String end) {
        try {
            Instant from = Forms.instant("start", start, viewer.zone());
            Instant to = Forms.instant("end", end, viewer.zone());
            return new Asked(start, end, from != null && to != null && to.isAfter(from)
                    ? new Interval(from, to)
                    : null);
        } catch (ApiProblem e) {
            return new Asked(start, end, null);
        }
    }

    static Interval window(ChangeView change) {
        return new Interval(change.window().start(), change.window().end());
    }

    private TemplateInstance page(Versioned<ChangeView> versioned, Asked asked, ShownConflicts refusal, String error,
            String done) {
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
        var load = workLoad.of(change.id()).orElse(null);
        return Templates.change(change, versioned.version(), hostTimes, viewer.at(change.window().start()),
                viewer.at(change.window().end()), ApprovalMatrix.rows(change, allowed, roles.ownersByRole(), viewer),
                desk.history(change.id(), 0, 500).items(), allowed, next,
                asked != null ? asked.start() : Forms.local(change.window().start(), viewer.zone()),
                asked != null ? asked.end() : Forms.local(change.window().end(), viewer.zone()),
                error, done, refusal != null ? refusal : ShownConflicts.now(change, actions, viewer.zone()), load,
                load == null ? List.of() : LoadRows.of(load));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
