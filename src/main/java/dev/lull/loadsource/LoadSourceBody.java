package dev.lull.loadsource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A load source as an admin writes it. */
@Schema(description = "Where Lull pulls the load of a cluster's or a host's hosts from", example = """
        {"type": "prometheus", "url": "http://prometheus.internal:9090",
         "query": "sum(increase(biztalk_messages_total{instance=\\"{host}\\"}[5m]))",
         "step": "PT5M", "backfill": "P26W"}""")
public record LoadSourceBody(
        @Schema(description = "The kind of source; only prometheus") @NotNull @Size(max = 20) String type,
        @Schema(description = "Prometheus' base URL, http or https (internal addresses are allowed)") @NotBlank @Size(max = 2048) String url,
        @Schema(description = "PromQL returning one series per host; {host} is replaced by the host's name (required on a cluster)") @NotBlank @Size(max = 2000) String query,
        @Schema(description = "The resolution asked for, an ISO-8601 duration of whole seconds from PT10S to PT1H (default PT5M)") @Size(max = 20) String step,
        @Schema(description = "How far back the first pull starts, such as P26W or P30D, at most P730D (default P26W)") @Size(max = 20) String backfill,
        @Schema(description = "Credentials for Prometheus, a bearer token or Basic; stored, never shown again") @Valid Auth auth) {

    /** Either a bearer token or Basic credentials. */
    @Schema(description = "A bearer token, or Basic credentials")
    public record Auth(
            @Schema(description = "Sent as Authorization: Bearer") @Size(min = 1, max = 4096) String bearerToken,
            @Schema(description = "Sent as Authorization: Basic") @Valid Basic basic) {
    }

    /** A user name and password. */
    @Schema(description = "Basic credentials")
    public record Basic(
            @Schema(description = "The user name") @NotBlank @Size(max = 256) String username,
            @Schema(description = "The password") @NotNull @Size(max = 1024) String password) {
    }
}
