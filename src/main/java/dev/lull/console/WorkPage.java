package dev.lull.console;

import static dev.lull.console.AdminPage.blank;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.calendar.FeedDesk;
import dev.lull.calendar.FeedRequest;
import dev.lull.calendar.FeedView;
import dev.lull.calendar.ScopeBody;
import dev.lull.console.AdminPage.Typed;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.ClusterView;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.Roles;

/** My work: what waits for the signed-in person, and their calendar feeds (subscribe with one click, revoke). */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class WorkPage {
    private static final int FEEDS_SHOWN = 100;
    private final MyWork.Source work;
    private final FeedDesk feeds;
    private final ClusterCatalog clusters;
    private final Viewer viewer;
    private final Forms forms;

    WorkPage(MyWork.Source work, FeedDesk feeds, ClusterCatalog clusters, Viewer viewer, Forms forms) {
        this.work = work;
        this.feeds = feeds;
        this.clusters = clusters;
        this.viewer = viewer;
        this.forms = forms;
    }

    /**
     * The address of a feed just created, the only time its secret token is shown (as the API shows it once):
     * {@code web} under lull.calendar.public-url, {@code webcal} the same for calendar apps.
     */
    public record Subscription(String calendarName, String web, String webcal) {
        static Subscription of(FeedView created) {
            return new Subscription(created.calendarName(), created.subscribeUrl(),
                    created.subscribeUrl().replaceFirst("^https?://", "webcal://"));
        }
    }

    /** The viewer's feeds, the clusters to choose from, and what became of the last request. */
    public record Feeds(List<FeedView> owned, long total, List<ClusterView> clusters, Subscription created,
            Typed typed, String done) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance work(MyWork work, Feeds feeds);
    }

    @GET
    public TemplateInstance inbox(@RestQuery String done) {
        return page(null, Typed.none(), done);
    }

    /** Creates a feed of the viewer's own changes, a cluster's or a host's; the answer shows its address once. */
    @POST
    @Path("feeds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response subscribe(@RestForm String scope, @RestForm String cluster, @RestForm String host) {
        Map<String, String> typed = Map.of("scope", AdminPage.text(scope), "cluster", AdminPage.text(cluster),
                "host", AdminPage.text(host));
        try {
            FeedView created = feeds.create(forms.valid(new FeedRequest(scope(scope, cluster, host), null, null)),
                    viewer.username());
            return Response.status(Response.Status.CREATED).header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .entity(page(Subscription.of(created), Typed.none(), null)).build();
        } catch (ApiProblem problem) {
            Typed refused = Typed.refused(AdminPage.text(scope), typed, Forms.summary(problem), problem);
            return Response.status(problem.status()).entity(page(null, refused, null)).build();
        }
    }

    @POST
    @Path("feeds/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath long id) {
        feeds.revoke(id, viewer.caller());
        return Response.seeOther(AdminPage.done("/me", "Revoked feed " + id + "; its address answers nothing now"))
                .build();
    }

    private TemplateInstance page(Subscription created, Typed typed, String done) {
        var owned = feeds.ownedBy(viewer.username(), 0, FEEDS_SHOWN);
        return Templates.work(work.of(viewer.caller()), new Feeds(owned.items(), owned.total(),
                clusters.list(0, 500).items(), created, typed, done));
    }

    /** The scope a form names: the viewer ("me"), a cluster or a host; errors under the field that was empty. */
    private static ScopeBody scope(String scope, String cluster, String host) {
        return switch (AdminPage.text(scope)) {
            case "me" -> new ScopeBody(null, null, null, "me", null);
            case "cluster" -> new ScopeBody(null, required("cluster", cluster), null, null, null);
            case "host" -> new ScopeBody(required("host", host), null, null, null, null);
            default -> throw ApiProblem.invalid("scope", "must be me, cluster or host");
        };
    }

    private static String required(String field, String value) {
        if (blank(value) == null) {
            throw ApiProblem.invalid(field, "choose a " + field);
        }
        return value.trim();
    }
}
