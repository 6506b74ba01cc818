package dev.lull.console;

import static dev.lull.console.AdminPage.blank;
import static dev.lull.console.AdminPage.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
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

import dev.lull.console.AdminPage.Deletion;
import dev.lull.console.AdminPage.Typed;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterView;
import dev.lull.inventory.HostCatalog;
import dev.lull.inventory.HostRequest;
import dev.lull.inventory.HostView;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.FieldError;
import dev.lull.platform.Paged;
import dev.lull.platform.Roles;
import dev.lull.platform.Versioned;

/** Hosts for admins: a paged, filtered list, and add, edit and delete (after a confirmation) through HostCatalog. */
@Path("/admin/hosts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class HostAdminPage {
    static final String LIST = "/admin/hosts";
    private static final int PAGE_SIZE = 50;
    private static final String CONSEQUENCE = "Its load history, heatmap and proposals go with it.";
    private final HostCatalog hosts;
    private final ClusterCatalog clusters;
    private final Forms forms;

    HostAdminPage(HostCatalog hosts, ClusterCatalog clusters, Forms forms) {
        this.hosts = hosts;
        this.clusters = clusters;
        this.forms = forms;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hosts(List<HostView> hosts, Pager pager, String name, String cluster,
                List<ClusterView> clusters, Typed typed, String done);

        static native TemplateInstance host(String name, long version, List<ClusterView> clusters, Typed typed);
    }

    @GET
    public TemplateInstance list(@RestQuery String name, @RestQuery String cluster,
            @RestQuery @DefaultValue("0") int page, @RestQuery String done) {
        return page(name, cluster, page, Typed.none(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response add(@RestForm String name, @RestForm String timeZone, @RestForm String cluster,
            @RestForm String role, @RestForm String capacity, @RestForm String tags) {
        Map<String, String> typed = typed(name, timeZone, cluster, role, capacity, tags);
        try {
            hosts.create(valid(name, typed));
            return Response.seeOther(AdminPage.done(LIST, "Added host " + name.trim())).build();
        } catch (ApiProblem problem) {
            Typed refused = Typed.refused("add", typed, AdminPage.refusal("host", problem), problem);
            return Response.status(problem.status()).entity(page(null, null, 0, refused, null)).build();
        }
    }

    @GET
    @Path("{name}")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance edit(@RestPath String name) {
        Versioned<HostRequest> current = hosts.current(name);
        HostRequest host = current.body();
        Map<String, String> typed = typed(host.name(), host.timeZone(), host.cluster(), host.role(),
                host.capacityPerMinute() == null ? "" : String.valueOf(host.capacityPerMinute()),
                String.join(", ", host.tags()));
        return Templates.host(name, current.version(), clusterChoices(), new Typed("edit", typed, null, Map.of()));
    }

    @POST
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response save(@RestPath String name, @RestForm long version, @RestForm String timeZone,
            @RestForm String cluster, @RestForm String role, @RestForm String capacity, @RestForm String tags) {
        Map<String, String> typed = typed(name, timeZone, cluster, role, capacity, tags);
        try {
            hosts.replace(name, valid(name, typed), ETags.ifMatch(version));
            return Response.seeOther(AdminPage.done(LIST, "Saved host " + name)).build();
        } catch (ApiProblem problem) {
            Typed refused = Typed.refused("edit", typed, AdminPage.refusal("host", problem), problem);
            return Response.status(problem.status()).entity(Templates.host(name, version, clusterChoices(), refused))
                    .build();
        }
    }

    @GET
    @Path("{name}/delete")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance confirm(@RestPath String name) {
        return AdminPage.Templates.confirm(deletion(name, hosts.current(name).version()));
    }

    @POST
    @Path("{name}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@RestPath String name, @RestForm long version) {
        return AdminPage.deleted(deletion(name, version), ifMatch -> hosts.delete(name, ifMatch));
    }

    private TemplateInstance page(String name, String cluster, int page, Typed typed, String done) {
        Paged<HostView> found = hosts.list(blank(cluster), null, blank(name), page, PAGE_SIZE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("name", text(name));
        filters.put("cluster", text(cluster));
        return Templates.hosts(found.items(), Pager.of(found, LIST, filters), text(name), text(cluster),
                clusterChoices(), typed, done);
    }

    private List<ClusterView> clusterChoices() {
        return clusters.list(0, 500).items();
    }

    private static Deletion deletion(String name, long version) {
        return new Deletion("host", name, version, CONSEQUENCE, LIST, null);
    }

    private static Map<String, String> typed(String name, String timeZone, String cluster, String role,
            String capacity, String tags) {
        return Map.of("name", text(name), "timeZone", text(timeZone), "cluster", text(cluster), "role", text(role),
                "capacity", text(capacity), "tags", text(tags));
    }

    /** The host as typed, or the API's 400 naming every broken field (a capacity that is no number included). */
    private HostRequest valid(String name, Map<String, String> typed) {
        List<FieldError> found = new ArrayList<>();
        Double perMinute = null;
        try {
            perMinute = blank(typed.get("capacity")) == null ? null : Double.valueOf(typed.get("capacity").trim());
        } catch (NumberFormatException e) {
            found.add(new FieldError("capacityPerMinute", "must be a number"));
        }
        List<String> tags = Arrays.stream(typed.get("tags").split(",")).map(String::trim)
                .filter(tag -> !tag.isEmpty()).toList();
        HostRequest request = new HostRequest(blank(name), blank(typed.get("timeZone")), blank(typed.get("cluster")),
                blank(typed.get("role")), perMinute, tags);
        forms.requireValid(found, request);
        return request;
    }
}
