package dev.lull.loadsource;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A load source as the API shows it: its settings (never its secrets) and how its pulls went. */
@Schema(description = "A load source and its pull status")
public record LoadSourceView(
        @Schema(description = "cluster or host") String scope,
        @Schema(description = "The cluster's or host's name") String name,
        @Schema(description = "Always prometheus") String type,
        @Schema(description = "Prometheus' base URL") String url,
        @Schema(description = "The PromQL, with its {host} placeholder") String query,
        @Schema(description = "The resolution, an ISO-8601 duration such as PT5M") String step,
        @Schema(description = "How far back the first pull of a host starts, in days such as P182D") String backfill,
        @Schema(description = "bearer, basic, or null without credentials") String auth,
        @Schema(description = "True from the run that announced load.source-failing to the next clean run") boolean failing,
        @Schema(description = "Per host the source covers: how far it is pulled and the last outcome") List<HostPull> hosts) {

    /** How far one host is pulled and how its last attempt went. */
    @Schema(description = "The pull status of one host")
    public record HostPull(
            @Schema(description = "The host's name") String host,
            @Schema(description = "The last step pulled and stored, null before the first") Instant pulledUntil,
            @Schema(description = "Seconds from pulledUntil to now, null before the first pull") Long lagSeconds,
            @Schema(description = "Points stored from this source so far") long points,
            @Schema(description = "When a pull of this host last succeeded") Instant lastSuccessAt,
            @Schema(description = "When a pull of this host last failed") Instant lastErrorAt,
            @Schema(description = "Why it failed (Prometheus' error type and message, a connection error, a series count); null once a later pull succeeds") String lastError) {
    }

    static LoadSourceView of(LoadSource source, boolean failing, List<HostPull> hosts) {
        SourceSettings settings = source.settings();
        return new LoadSourceView(source.scopeKind, source.scopeName, "prometheus", source.url, source.query,
                settings.step().toString(), "P" + settings.backfill().toDays() + "D", settings.auth().kind(), failing,
                hosts);
    }
}
