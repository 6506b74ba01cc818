package dev.lull.platform;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every request before its body is read: the body limit ({@code lull.platform.max-body}, 413), and no
 * control character in the decoded path or query (400 naming the parameter).
 */
public class RequestLimits {
    private final long maxBody;

    RequestLimits(PlatformConfig config) {
        this.maxBody = config.maxBody().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public void plainParameters(ContainerRequestContext request) {
        for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            refuseControls("path", segment.getPath());
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            refuseControls("query", parameter.getKey());
            for (String value : parameter.getValue()) {
                refuseControls(parameter.getKey(), value);
            }
        }
    }

    @ServerRequestFilter
    public void limitBody(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null || resource.getResourceMethod().isAnnotationPresent(OwnBodyLimit.class)
                || !request.hasEntity()) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        Long declared = length == null ? null : parseLength(length);
        request.setEntityStream(BodyLimit.wrap(request.getEntityStream(), declared, maxBody));
    }

    private static Long parseLength(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("Content-Length is not a number");
        }
    }

    private static void refuseControls(String field, String text) {
        String problem = ControlCharacters.problem(text);
        if (problem != null) {
            throw ApiProblem.invalid(field, problem);
        }
    }
}
