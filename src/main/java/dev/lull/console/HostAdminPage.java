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
import dev.lull.platform.ResourceName;
import dev.lull.platform.Roles;

/**
 * Hosts for admins: a paged list filtered as the API filters it (part of the name, cluster, tag), and add, edit and
 * delete (after a confirmation) through HostCatalog; change managers open a host for its owning team and approval
 * policy ({@link HostSheet}).
 */
@Path("/admin/hosts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class HostAdminPage {
    static final String LIST = "/admin/hosts";
    private static final int PAGE_SIZE = 50;
    private static final String CONSEQUENCE = "Its load history, heatmap and proposals go with it.";
    private final HostCatalog hosts;
    private final ClusterCatalog clusters;
    private final HostSheet sheet;
    private final Forms forms;

    HostAdminPage(HostCatalog hosts, ClusterCatalog clusters, HostSheet sheet, Forms forms) {
        this.hosts = hosts;
        this.clusters = clusters;
        this.sheet = sheet;
        this.forms = forms;
    }

    /** The list's filters, bounded as {@code GET /api/v1/hosts} bounds its {@code cluster} and {@code tag}. */
    record Filters(@ResourceName String cluster, @ResourceName String tag) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hosts(List<HostView> hosts, Pager pager, Map<String, String> filters,
                List<ClusterView> clusters, Typed typed, String done);
    }

    @GET
    public Response list(@RestQuery String name, @RestQuery String cluster, @RestQuery String tag,
            @RestQuery @DefaultValue("0") int page, @RestQuery String done) {
        Map<String, String> filters = filters(name, cluster, tag);
        try {
            forms.valid(new Filters(blank(cluster), blank(tag)));
            Paged<HostView> found = hosts.list(blank(cluster), blank(tag), blank(name), page, PAGE_SIZE);
            return Response.ok(page(found, filters, Typed.none(), done)).build();
        } catch (ApiProblem problem) {
            Typed refused = Typed.refused("filter", filters, Forms.summary(problem), problem);
            return Response.status(problem.status()).entity(page(new Paged<>(List.of(), 0, PAGE_SIZE, 0), filters,
                    refused, null)).build();
        }
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
            Map<String, String> filters = filters(null, null, null);
            return Response.status(problem.status()).entity(page(hosts.list(null, null, null, 0, PAGE_SIZE), filters,
                    refused, null)).build();
        }
    }

    /** The host's page: its settings (admins edit them), its owning team and approval policy (change managers). */
    @GET
    @Path("{name}")
    @RolesAllowed(Roles.CHANGE_MANAGER)
    public TemplateInstance edit(@RestPath String name, @RestQuery String done) {
        return sheet.page(name, Typed.none(), null, done);
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
            return Response.status(problem.status()).entity(sheet.page(name, refused, null, null, version)).build();
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

    private TemplateInstance page(Paged<HostView> found, Map<String, String> filters, Typed typed, String done) {
        return Templates.hosts(found.items(), Pager.of(found, LIST, filters), filters, clusterChoices(), typed, done);
    }

    /** The filters as typed, in the order the pager's links carry them. */
    private static Map<String, String> filters(String name, String cluster, String tag) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("name", text(name));
        filters.put("cluster", text(cluster));
        filters.put("tag", text(tag));
        return filters;
    }

    private List<ClusterView> clusterChoices() {
        return clusters.list(0, 500).items();
    }

    private static Deletion deletion(String name, long version) {
        return new Deletion("host", name, version, CONSEQUENCE, LIST, null);
    }

    static Map<String, String> typed(String name, String timeZone, String cluster, String role,
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
