package dev.lull.console;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.Roles;
import dev.lull.watchdog.OverrideBody;
import dev.lull.watchdog.WatchDesk;
import dev.lull.watchdog.WatchState;
import dev.lull.watchdog.WatchView;

/** The change page's live load watch, loaded by htmx: state in words, each host against its band, events, override. */
@Path("/changes/{id}/watch")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class ChangeWatchPanel {
    /** The latest steps of each host shown (5 minutes each). */
    static final int STEPS = 6;
    private final WatchDesk desk;
    private final Forms forms;
    private final Viewer viewer;

    ChangeWatchPanel(WatchDesk desk, Forms forms, Viewer viewer) {
        this.desk = desk;
        this.forms = forms;
        this.viewer = viewer;
    }

    /** A host's step as shown: its start in the viewer's zone, live, expected and band limit per hour. */
    public record Row(String host, String at, String live, String expected, String limit, boolean above) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance watch(WatchView view, String words, List<Row> rows, boolean overridable,
                String unavailable);
    }

    @GET
    public TemplateInstance panel(@RestPath long id) {
        try {
            WatchView view = desk.view(id);
            boolean overridable = viewer.isChangeManager() && view.override() == null
                    && (view.state() == WatchState.ALARM || view.state() == WatchState.UNKNOWN);
            return Templates.watch(view, words(view.state()), rows(view), overridable, null);
        } catch (ApiProblem problem) {
            return Templates.watch(null, null, List.of(), false, problem.getMessage());
        }
    }

    /** Reopens the paused gate with the comment, as the API's override; a refusal is shown as a page. */
    @POST
    @Path("override")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CHANGE_MANAGER)
    public Response override(@RestPath long id, @RestForm String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        desk.override(id, forms.valid(new OverrideBody(text)), viewer.username());
        return Response.seeOther(URI.create("/changes/" + id + "?done=WATCH_OVERRIDE")).build();
    }

    static String words(WatchState state) {
        return switch (state) {
            case QUIET -> "Quiet: every host's load lies within its expected band.";
            case ALARM -> "Alarm: the load lies above its expected band.";
            case UNKNOWN -> "Unknown: a host has sent no load data for a while.";
            case OVERRIDDEN -> "Overridden: a change manager reopened the gate despite the load.";
            case OFF -> "Not watched: the window is not open.";
        };
    }

    private List<Row> rows(WatchView view) {
        List<Row> rows = new ArrayList<>();
        for (WatchView.HostSteps host : view.hosts()) {
            List<WatchView.Step> steps = host.steps();
            for (WatchView.Step step : steps.subList(Math.max(0, steps.size() - STEPS), steps.size())) {
                rows.add(new Row(host.host(), viewer.at(step.at()),
                        step.live() == null ? "no data" : perHour(step.live()), perHour(step.expected()),
                        perHour(step.limit()), step.live() != null && step.live() > step.limit()));
            }
        }
        return rows;
    }

    private static String perHour(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
