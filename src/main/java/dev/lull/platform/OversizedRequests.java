package dev.lull.platform;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers an over-long URI (414) or header section (431) with problem+json like every other error. Vert.x answers
 * such requests itself, without a body, before any route sees them; so its limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above Lull's own
 * ({@code lull.platform.max-uri}, {@code max-headers}), which this route enforces first.
 */
@ApplicationScoped
public class OversizedRequests {
    private final int maxUri;
    private final long maxHeaders;

    OversizedRequests(PlatformConfig config) {
        this.maxUri = config.maxUri();
        this.maxHeaders = config.maxHeaders().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (context.request().uri().length() > maxUri) {
            refuse(context, 414, "The request URI exceeds " + maxUri + " characters.");
        } else if (size(context.request().headers()) > maxHeaders) {
            refuse(context, 431, "The request headers exceed " + maxHeaders + " bytes.");
        } else {
            context.next();
        }
    }

    /** The size of a header section as sent: each line {@code name: value} and its line break. */
    static long size(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static void refuse(RoutingContext context, int status, String detail) {
        String body = "{\"type\":\"%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}".formatted(
                Problem.type(status), Problem.title(status), status, detail);
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
