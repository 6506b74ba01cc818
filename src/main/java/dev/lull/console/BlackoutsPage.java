package dev.lull.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

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

import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterView;
import dev.lull.inventory.HostCatalog;
import dev.lull.inventory.HostView;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;
import dev.lull.schedule.BlackoutCatalog;
import dev.lull.schedule.BlackoutRequest;
import dev.lull.schedule.BlackoutTimeline;
import dev.lull.schedule.BlackoutView;
import dev.lull.schedule.Interval;

/** Blackouts: the list and the next occurrences in the viewer's zone; change managers add, edit and delete them. */
@Path("/admin/blackouts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class BlackoutsPage {
    static final Duration AHEAD = Duration.ofDays(35);
    static final int SHOWN = 40;
    private final BlackoutCatalog blackouts;
    private final BlackoutTimeline timeline;
    private final HostCatalog hosts;
    private final ClusterCatalog clusters;
    private final Forms forms;
    private final Viewer viewer;
    private final Clock clock;

    BlackoutsPage(BlackoutCatalog blackouts, BlackoutTimeline timeline, HostCatalog hosts, ClusterCatalog clusters,
            Forms forms, Viewer viewer, Clock clock) {
        this.blackouts = blackouts;
        this.timeline = timeline;
        this.hosts = hosts;
        this.clusters = clusters;
        this.forms = forms;
        this.viewer = viewer;
        this.clock = clock;
    }

    /** One coming occurrence as the viewer reads it. */
    public record Upcoming(long id, String name, String start, String end, String appliesTo) {
    }

    /** The blackout being edited (id 0 when adding one) and the version the form was read at. */
    public record Editing(long id, long version) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance blackouts(List<BlackoutView> blackouts, List<Upcoming> upcoming,
                boolean more, List<String> clusters, List<String> hosts, List<BlackoutRepeat> repeats,
                FormInput form, Editing editing, Versioned<BlackoutView> confirm, String done, String only);
    }

    @GET
    public TemplateInstance show(@RestQuery Long edit, @RestQuery Long delete, @RestQuery String done,
            @RestQuery Long blackout) {
        if (edit != null && viewer.isChangeManager()) {
            Versioned<BlackoutRequest> current = blackouts.current(edit);
            return page(filled(current.body()), new Editing(edit, current.version()), null, done, null);
        }
        Versioned<BlackoutView> confirm = delete != null && viewer.isChangeManager() ? blackouts.get(delete) : null;
        return page(empty(), new Editing(0, 0), confirm, done, blackout == null ? null : blackouts.get(blackout));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CHANGE_MANAGER)
    public Response add(@RestForm String name, @RestForm String timeZone, @RestForm String start,
            @RestForm String end, @RestForm String cluster, @RestForm List<String> hosts, @RestForm String repeat,
            @RestForm String rrule, @RestForm String reason) {
        FormInput typed = typed(name, timeZone, start, end, cluster, hosts, repeat, rrule, reason);
        try {
            long id = blackouts.create(request(typed)).body().id();
            return done("Added blackout " + name.trim(), id);
        } catch (ApiProblem problem) {
            return refused(typed.refused(problem, "blackout"), new Editing(0, 0), problem);
        }
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CHANGE_MANAGER)
    public Response edit(@RestPath long id, @RestForm long version, @RestForm String name,
            @RestForm String timeZone, @RestForm String start, @RestForm String end, @RestForm String cluster,
            @RestForm List<String> hosts, @RestForm String repeat, @RestForm String rrule, @RestForm String reason) {
        FormInput typed = typed(name, timeZone, start, end, cluster, hosts, repeat, rrule, reason);
        try {
            blackouts.replace(id, request(typed), ETags.ifMatch(version));
            return done("Saved blackout " + name.trim(), id);
        } catch (ApiProblem problem) {
            return refused(typed.refused(problem, "blackout"), new Editing(id, version), problem);
        }
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CHANGE_MANAGER)
    public Response delete(@RestPath long id, @RestForm long version) {
        try {
            String name = blackouts.get(id).body().name();
            blackouts.delete(id, ETags.ifMatch(version));
            return done("Deleted blackout " + name, null);
        } catch (ApiProblem problem) {
            return refused(FormInput.of("delete").refused(problem, "blackout"), new Editing(0, 0), problem);
        }
    }

    private BlackoutRequest request(FormInput typed) {
        ZoneId zone = Viewer.zoneOr(typed.value("timeZone"), Viewer.UTC);
        String cluster = FormInput.trimmed(typed.value("cluster"));
        List<String> hostNames = Stream.of(typed.value("hosts").split(",")).filter(h -> !h.isBlank()).toList();
        return forms.valid(new BlackoutRequest(FormInput.trimmed(typed.value("name")),
                Forms.instant("start", typed.value("start"), zone), Forms.instant("end", typed.value("end"), zone),
                FormInput.trimmed(typed.value("timeZone")),
                BlackoutRepeat.rule(typed.value("repeat"), typed.value("rrule")), hostNames,
                cluster == null ? List.of() : List.of(cluster), FormInput.trimmed(typed.value("reason"))));
    }

    private static FormInput typed(String name, String timeZone, String start, String end, String cluster,
            List<String> hosts, String repeat, String rrule, String reason) {
        return FormInput.of("blackout", "name", name, "timeZone", timeZone, "start", start, "end", end, "cluster",
                cluster, "hosts", hosts == null ? "" : String.join(",", hosts), "repeat", repeat, "rrule", rrule,
                "reason", reason);
    }

    private FormInput empty() {
        return FormInput.of("blackout", "timeZone", viewer.zone().getId(), "repeat", BlackoutRepeat.ONCE.name());
    }

    private static FormInput filled(BlackoutRequest b) {
        ZoneId zone = ZoneId.of(b.timeZone());
        BlackoutRepeat repeat = BlackoutRepeat.of(b.recurrence());
        return FormInput.of("blackout", "name", b.name(), "timeZone", b.timeZone(), "start",
                Forms.local(b.start(), zone), "end", Forms.local(b.end(), zone), "cluster",
                b.clusters().isEmpty() ? "" : b.clusters().get(0), "hosts", String.join(",", b.hosts()), "repeat",
                repeat.name(), "rrule", repeat == BlackoutRepeat.CUSTOM ? b.recurrence() : "", "reason", b.reason());
    }

    private Response refused(FormInput form, Editing editing, ApiProblem problem) {
        return Response.status(problem.status()).entity(page(form, editing, null, null, null)).build();
    }

    /** The page; its coming occurrences only those of {@code only} when given (the blackout just added or saved). */
    private TemplateInstance page(FormInput form, Editing editing, Versioned<BlackoutView> confirm, String done,
            Versioned<BlackoutView> only) {
        Instant now = Instant.now(clock);
        BlackoutTimeline.Occurrences coming = timeline.occurrences(new Interval(now, now.plus(AHEAD)));
        List<Upcoming> upcoming = coming.items().stream()
                .filter(o -> only == null || o.blackoutId() == only.body().id()).limit(SHOWN)
                .map(o -> new Upcoming(o.blackoutId(), o.name(), viewer.at(o.window().start()),
                        viewer.at(o.window().end()), appliesTo(o.clusters().stream().sorted().toList(),
                                o.hosts().stream().sorted().toList())))
                .toList();
        return Templates.blackouts(blackouts.list(0, 500).items(), upcoming,
                coming.truncated() || coming.items().size() > SHOWN,
                clusters.list(0, 500).items().stream().map(ClusterView::name).toList(),
                hosts.list(null, null, 0, 500).items().stream().map(HostView::name).toList(),
                List.of(BlackoutRepeat.values()), form, editing, confirm, done,
                only == null ? null : only.body().name());
    }

    /** What a blackout covers, in words. */
    static String appliesTo(List<String> clusterNames, List<String> hostNames) {
        if (clusterNames.isEmpty() && hostNames.isEmpty()) {
            return "every host";
        }
        return Stream.concat(clusterNames.stream().map(c -> "cluster " + c), hostNames.stream().map(h -> "host " + h))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static Response done(String what, Long blackout) {
        return Response.seeOther(URI.create("/admin/blackouts?done=" + URLEncoder.encode(what, StandardCharsets.UTF_8)
                + (blackout == null ? "" : "&blackout=" + blackout))).build();
    }
}
