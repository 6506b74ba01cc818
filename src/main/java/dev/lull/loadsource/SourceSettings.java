package dev.lull.loadsource;

import java.net.URI;
import java.time.Duration;

/** A checked load source: Prometheus' base URL, the PromQL with {host}, the step, how far back to start. */
record SourceSettings(URI url, String query, Duration step, Duration backfill, SourceAuth auth) {
    static final String HOST_PLACEHOLDER = "{host}";

    /** The query for one host. */
    String queryFor(String host) {
        return query.replace(HOST_PLACEHOLDER, host);
    }
}
