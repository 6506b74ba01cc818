package dev.lull.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Roles;

/**
 * Administration: the index of the admin pages (one per kind), and what those pages share: the typed values of a
 * refused form with the API's messages by field, the delete confirmation, the "done" notice.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class AdminPage {
    private static final String STALE = " was changed meanwhile — reload the page";

    /** What was typed into one of the forms, and what the service said about it. */
    public record Typed(String form, Map<String, String> values, String error, Map<String, String> errors) {
        static Typed none() {
            return new Typed("", Map.of(), null, Map.of());
        }

        /** The values as typed and the problem's messages, each under its field (list indexes dropped). */
        static Typed refused(String form, Map<String, String> values, String error, ApiProblem problem) {
            Map<String, String> errors = new LinkedHashMap<>();
            Forms.byField(problem).forEach((field, message) -> errors.merge(field.replaceAll("\\[\\d+]$", ""),
                    message, (a, b) -> a + "; " + b));
            return new Typed(form, values, error, errors);
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String errorOf(String formName, String field) {
            return form.equals(formName) ? errors.getOrDefault(field, "") : "";
        }

        /** Whether the form was refused because the thing changed since the page was read. */
        public boolean stale() {
            return error != null && error.contains(STALE);
        }
    }

    /** The question before a delete: what goes, what the service said, and where the form posts. */
    public record Deletion(String kind, String name, long version, String consequence, String back, String error) {
        public String action() {
            return back + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "/delete";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin();

        static native TemplateInstance confirm(Deletion deletion);
    }

    @GET
    public TemplateInstance index() {
        return Templates.admin();
    }

    /**
     * Deletes through {@code delete}, given the {@code If-Match} of the version the person confirmed, and goes back to
     * the list; a refusal (a stale version, a cluster with hosts) stays on the confirmation page, in words.
     */
    static Response deleted(Deletion deletion, Consumer<String> delete) {
        try {
            delete.accept(ETags.ifMatch(deletion.version()));
            return Response.seeOther(done(deletion.back(), "Deleted " + deletion.kind() + " " + deletion.name()))
                    .build();
        } catch (ApiProblem problem) {
            return deleteRefused(deletion, problem);
        }
    }

    /** The confirmation page again, with the refusal in words, as the response to a refused delete. */
    private static Response deleteRefused(Deletion deletion, ApiProblem problem) {
        return Response.status(problem.status()).entity(Templates.confirm(new Deletion(deletion.kind(),
                deletion.name(), deletion.version(), deletion.consequence(), deletion.back(),
                refusal(deletion.kind(), problem)))).build();
    }

    /** The line above a refused form; a stale version gets the reload advice for that kind of thing. */
    static String refusal(String kind, ApiProblem problem) {
        return problem.status() == 412
                ? "This " + kind + STALE + " to see it as it is now, then try again."
                : Forms.summary(problem);
    }

    /** Where a page goes after a write: its list, saying what was done. */
    static URI done(String list, String what) {
        return URI.create(list + "?done=" + URLEncoder.encode(what, StandardCharsets.UTF_8));
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
