package dev.lull.loadsource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** How Lull authenticates to a Prometheus: a bearer token, Basic credentials, or nothing. */
record SourceAuth(String bearerToken, String username, String password) {
    static final SourceAuth NONE = new SourceAuth(null, null, null);

    static SourceAuth of(String bearerToken, String username, String password) {
        return new SourceAuth(bearerToken, username, password);
    }

    /** The Authorization header value, if any. */
    Optional<String> header() {
        if (bearerToken != null) {
            return Optional.of("Bearer " + bearerToken);
        }
        if (username != null) {
            String pair = username + ":" + (password == null ? "" : password);
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    /** "bearer", "basic" or null, as the API shows it (never the secret). */
    String kind() {
        return bearerToken != null ? "bearer" : username != null ? "basic" : null;
    }
}
