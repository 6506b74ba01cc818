package dev.lull.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.platform.Roles;

/** My work: what waits for the signed-in person. */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class WorkPage {
    private final MyWork.Source work;
    private final Viewer viewer;

    WorkPage(MyWork.Source work, Viewer viewer) {
        this.work = work;
        this.viewer = viewer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance work(MyWork work);
    }

    @GET
    public TemplateInstance inbox() {
        return Templates.work(work.of(viewer.caller()));
    }
}
