package dev.lull.console;

import static java.util.stream.Collectors.joining;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.booking.PlanBookingRequest;
import dev.lull.booking.PlanBookings;
import dev.lull.booking.WindowRefusal;
import dev.lull.change.ChangeListing;
import dev.lull.change.ChangeSummary;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterView;
import dev.lull.people.ApprovalRoleView;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.Roles;
import dev.lull.proposal.ClusterPlans;
import dev.lull.proposal.PlanRequest;
import dev.lull.proposal.PlanView;

/**
 * A cluster's rolling plan: asked for with the plan API's constraints (ClusterPlans), shown window by window, and
 * booked in one step by requesters through the plan booking of the API (PlanBookings): one change per host, linked
 * by the plan id, all or none.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class RollingPlanPage {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private final ClusterCatalog clusters;
    private final ClusterPlans plans;
    private final PlanBookings bookings;
    private final ChangeListing changes;
    private final RoleDirectory roles;
    private final Forms forms;
    private final Viewer viewer;

    RollingPlanPage(ClusterCatalog clusters, ClusterPlans plans, PlanBookings bookings, ChangeListing changes,
            RoleDirectory roles, Forms forms, Viewer viewer) {
        this.clusters = clusters;
        this.plans = plans;
        this.bookings = bookings;
        this.changes = changes;
        this.roles = roles;
        this.forms = forms;
        this.viewer = viewer;
    }

    /** A plan window as the page shows it: host, local and viewer's time, load, confidence, reason, budget. */
    public record Window(PlanView.PlannedWindow window, String local, String yours, String expected,
            List<String> budget) {
    }

    /** A window the booking refused, and why, in words. */
    public record Refused(String host, String yours, List<String> reasons) {
    }

    /** A booked change with its window in the viewer's and its hosts' time. */
    public record Booked(ChangeSummary change, String yours, String local) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(ClusterView cluster, PlanDraft draft, List<ApprovalRoleView> roles,
                String zone, Map<String, String> errors, String error, List<Window> windows, List<Refused> refusals);

        static native TemplateInstance booked(String planId, List<Booked> changes);
    }

    @POST
    @Path("clusters/{name}/plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response plan(@RestPath String name, @BeanParam PlanFields fields) {
        ClusterView cluster = clusters.get(name).body();
        PlanDraft draft = fields.draft();
        try {
            PlanView plan = plans.plan(forms.valid(draft.request(name, viewer.zone())));
            List<Window> windows = plan.windows().stream().map(this::window).toList();
            return Response.ok(page(cluster, draft, Map.of(), windows.isEmpty()
                    ? "The cluster has no host to plan."
                    : null, windows, List.of())).build();
        } catch (ApiProblem problem) {
            return refused(cluster, draft, problem);
        }
    }

    @POST
    @Path("clusters/{name}/plan/book")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REQUESTER)
    public Response book(@RestPath String name, @BeanParam PlanFields fields) {
        ClusterView cluster = clusters.get(name).body();
        PlanDraft draft = fields.draft();
        try {
            PlanRequest request = forms.valid(draft.request(name, viewer.zone()));
            var booked = bookings.book(new PlanBookingRequest(request, forms.valid(draft.change()), draft.submit()),
                    viewer.caller());
            return Response.seeOther(URI.create("/plans/" + booked.planId())).build();
        } catch (ApiProblem problem) {
            return refused(cluster, draft, problem);
        }
    }

    @GET
    @Path("plans/{id}")
    public TemplateInstance booked(@RestPath String id) {
        UUID plan;
        try {
            plan = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound("no plan with id " + id);
        }
        var criteria = new ChangeListing.Criteria(null, null, null, null, null, null, null, null, null, plan);
        List<ChangeSummary> found = changes.list(criteria, 0, 200, viewer.caller()).items();
        if (found.isEmpty()) {
            throw ApiProblem.notFound("no change was booked from plan " + id);
        }
        return Templates.booked(id, found.stream().map(c -> new Booked(c, viewer.at(c.window().start()) + " to "
                + viewer.at(c.window().end()),
                c.localWindows().stream().map(l -> LOCAL.format(l.localStart())
                        + " to " + LOCAL.format(l.localEnd()) + " " + l.timeZone()).collect(joining("; "))))
                .toList());
    }

    private Response refused(ClusterView cluster, PlanDraft draft, ApiProblem problem) {
        List<Refused> refusals = problem.extensions().get("refusals") instanceof List<?> list
                ? list.stream().map(r -> refusal((WindowRefusal) r)).toList()
                : List.of();
        return Response.status(problem.status()).entity(page(cluster, draft, Forms.byField(problem),
                Forms.summary(problem), List.of(), refusals)).build();
    }

    private TemplateInstance page(ClusterView cluster, PlanDraft draft, Map<String, String> errors, String error,
            List<Window> windows, List<Refused> refusals) {
        return Templates.plan(cluster, draft, roles.list(0, 500).items(), viewer.zone().getId(), errors, error,
                windows, refusals);
    }

    private Window window(PlanView.PlannedWindow w) {
        return new Window(w, LOCAL.format(w.localStart()) + " to " + LOCAL.format(w.localEnd()) + " " + w.timeZone(),
                viewer.at(w.start()) + " to " + viewer.at(w.end()), w.expectedMessages() == null
                        ? "no history"
                        : String.format(Locale.ROOT, "%.0f messages (p90 %.0f)", w.expectedMessages(),
                                w.p90Messages() == null ? 0 : w.p90Messages()),
                Budget.impacts(w.budgetImpact()));
    }

    private Refused refusal(WindowRefusal refusal) {
        return new Refused(refusal.host(), viewer.at(refusal.start()) + " to " + viewer.at(refusal.end()),
                refusal.conflicts().stream().map(c -> c.message()).toList());
    }
}
