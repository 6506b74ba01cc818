package dev.lull.console;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

import dev.lull.platform.FieldError;
import dev.lull.platform.Problem;

/**
 * Turns a problem+json answer of a console page into a page a person can read: a sign-in redirect for 401, the
 * problem's title and detail for everything else. The API's own answers are left alone.
 */
public class PageFailures {
    private final Template failure;

    PageFailures(@Location("failure.html") Template failure) {
        this.failure = failure;
    }

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response,
            SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null
                || !resource.getResourceClass().getPackageName().equals(PageFailures.class.getPackageName())
                || !Problem.JSON.isCompatible(response.getMediaType())) {
            return;
        }
        if (response.getStatus() == 401) {
            response.setStatus(303);
            response.getHeaders().putSingle(HttpHeaders.LOCATION, URI.create("/login"));
            response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
            response.setEntity(null);
            return;
        }
        Map<?, ?> problem = response.getEntity() instanceof Map<?, ?> body ? body : Map.of();
        String html = failure.data("status", response.getStatus())
                .data("title", String.valueOf(problem.get("title")))
                .data("detail", problem.get("detail") == null ? "" : String.valueOf(problem.get("detail")))
                .data("errors", problem.get("errors") instanceof List<?> errors ? lines(errors) : List.of())
                .render();
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    private static List<String> lines(List<?> errors) {
        return errors.stream().map(e -> e instanceof FieldError field
                ? field.field() + ": " + field.message()
                : String.valueOf(e)).toList();
    }
}
