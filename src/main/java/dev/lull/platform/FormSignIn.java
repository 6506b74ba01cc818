package dev.lull.platform;

import java.net.URI;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.ConfigProvider;

import io.vertx.ext.web.RoutingContext;

/**
 * People sign in through Quarkus form authentication (the console's login form); a failed attempt at its post
 * location goes back to the configured error page instead of a 401 problem, which stays the API's answer.
 */
final class FormSignIn {
    private FormSignIn() {
    }

    /** The redirect to the sign-in error page when {@code request} is a failed form sign-in, else empty. */
    static Optional<Response> failed(RoutingContext request) {
        if (request == null || !"POST".equals(request.request().method().name())) {
            return Optional.empty();
        }
        var config = ConfigProvider.getConfig();
        boolean form = config.getOptionalValue("quarkus.http.auth.form.enabled", Boolean.class).orElse(false);
        String post = config.getOptionalValue("quarkus.http.auth.form.post-location", String.class)
                .orElse("/j_security_check");
        if (!form || !post.equals(request.normalizedPath())) {
            return Optional.empty();
        }
        String errorPage = config.getOptionalValue("quarkus.http.auth.form.error-page", String.class)
                .orElse("/login?error=true");
        return Optional.of(Response.status(302).location(URI.create(errorPage)).build());
    }
}
