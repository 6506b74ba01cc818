package dev.lull.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.Roles;
import dev.lull.whatif.WhatIfDesk;
import dev.lull.whatif.WhatIfView;

/** The change page's what-if panel, loaded by htmx: how its window went in the last weeks, and booking it now. */
@Path("/changes/{id}/what-if")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class ChangeWhatIfPanel {
    private final WhatIfDesk desk;

    ChangeWhatIfPanel(WhatIfDesk desk) {
        this.desk = desk;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance whatIf(WhatIfView view, String unavailable);
    }

    @GET
    public TemplateInstance panel(@RestPath long id) {
        try {
            return Templates.whatIf(desk.forChange(id, null), null);
        } catch (ApiProblem problem) {
            return Templates.whatIf(null, problem.getMessage());
        }
    }
}
