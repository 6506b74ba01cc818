package dev.lull.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterView;
import dev.lull.inventory.HostCatalog;
import dev.lull.inventory.HostRequest;
import dev.lull.inventory.HostView;
import dev.lull.people.ApprovalRoleView;
import dev.lull.people.RoleDirectory;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.Roles;
import dev.lull.schedule.BlackoutCatalog;
import dev.lull.schedule.BlackoutRequest;
import dev.lull.schedule.BlackoutView;

/** Administration: hosts (admins) and blackouts (change managers), with the API's messages next to the fields. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class AdminPage {
    private final HostCatalog hosts;
    private final ClusterCatalog clusters;
    private final BlackoutCatalog blackouts;
    private final RoleDirectory roles;
    private final Forms forms;
    private final Viewer viewer;

    AdminPage(HostCatalog hosts, ClusterCatalog clusters, BlackoutCatalog blackouts, RoleDirectory roles,
            Forms forms, Viewer viewer) {
        this.hosts = hosts;
        this.clusters = clusters;
        this.blackouts = blackouts;
        this.roles = roles;
        this.forms = forms;
        this.viewer = viewer;
    }

    /** What was typed into one of the forms, and what the service said about it. */
    public record Typed(String form, Map<String, String> values, String error, Map<String, String> errors) {
        static Typed none() {
            return new Typed("", Map.of(), null, Map.of());
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String errorOf(String formName, String field) {
            return form.equals(formName) ? errors.getOrDefault(field, "") : "";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(List<HostView> hosts, List<ClusterView> clusters,
                List<BlackoutView> blackouts, List<ApprovalRoleView> roles, Typed typed, String done);
    }

    @GET
    public TemplateInstance show(@RestQuery String done) {
        return page(Typed.none(), done);
    }

    @POST
    @Path("hosts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response addHost(@RestForm String name, @RestForm String timeZone, @RestForm String cluster,
            @RestForm String role, @RestForm String capacity) {
        Map<String, String> typed = Map.of("name", text(name), "timeZone", text(timeZone), "cluster", text(cluster),
                "role", text(role), "capacity", text(capacity));
        try {
            Double perMinute = blank(capacity) == null ? null : Double.valueOf(capacity.trim());
            hosts.create(forms.valid(new HostRequest(blank(name), blank(timeZone), blank(cluster), blank(role),
                    perMinute, List.of())));
            return Response.seeOther(done("host " + name.trim())).build();
        } catch (NumberFormatException e) {
            return refused("host", typed, ApiProblem.invalid("capacityPerMinute", "must be a number"));
        } catch (ApiProblem problem) {
            return refused("host", typed, problem);
        }
    }

    @POST
    @Path("blackouts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CHANGE_MANAGER)
    public Response addBlackout(@RestForm String name, @RestForm String start, @RestForm String end,
            @RestForm String cluster, @RestForm String reason) {
        Map<String, String> typed = Map.of("name", text(name), "start", text(start), "end", text(end), "cluster",
                text(cluster), "reason", text(reason));
        try {
            String zone = viewer.zone().getId();
            blackouts.create(forms.valid(new BlackoutRequest(blank(name), Forms.instant("start", start,
                    viewer.zone()), Forms.instant("end", end, viewer.zone()), zone, null, null,
                    blank(cluster) == null ? null : List.of(cluster.trim()), blank(reason))));
            return Response.seeOther(done("blackout " + name.trim())).build();
        } catch (ApiProblem problem) {
            return refused("blackout", typed, problem);
        }
    }

    private Response refused(String form, Map<String, String> typed, ApiProblem problem) {
        String message = Forms.summary(problem);
        return Response.status(problem.status())
                .entity(page(new Typed(form, typed, message, Forms.byField(problem)), null)).build();
    }

    private TemplateInstance page(Typed typed, String done) {
        return Templates.admin(hosts.list(null, null, 0, 500).items(), clusters.list(0, 500).items(),
                blackouts.list(0, 500).items(),
                roles.list(0, 500).items(), typed, done);
    }

    private static URI done(String what) {
        return URI.create("/admin?done=" + URLEncoder.encode(what, StandardCharsets.UTF_8));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
