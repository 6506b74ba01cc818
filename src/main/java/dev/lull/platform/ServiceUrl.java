package dev.lull.platform;

import java.net.URI;
import java.net.URISyntaxException;

/** The base URL of a service Lull calls (Prometheus, Alertmanager): http or https, a host, nothing else. */
public final class ServiceUrl {
    private ServiceUrl() {
    }

    /** {@code text} as a URI, or a 400 naming {@code field}. */
    public static URI require(String field, String text) {
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw ApiProblem.invalid(field, "is not a URL: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiProblem.invalid(field, "must be an http or https URL");
        }
        if (url.getHost() == null || url.getRawQuery() != null || url.getRawFragment() != null
                || url.getRawUserInfo() != null) {
            throw ApiProblem.invalid(field, "must name a host, without credentials, query or fragment");
        }
        return url;
    }
}
